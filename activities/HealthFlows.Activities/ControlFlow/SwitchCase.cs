namespace HealthFlows.Activities.ControlFlow;

/// <summary>One Switch case: the outcome's name and the JavaScript condition that selects it.</summary>
public sealed record SwitchCase(string Name, string Condition);
