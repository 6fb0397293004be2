namespace HealthFlows.Runtime.Validation;

/// <summary>One thing wrong with a workflow definition, with the node it concerns when there is one.</summary>
public sealed record ValidationProblem(string Code, string Message, string? NodeId = null);
