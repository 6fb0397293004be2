namespace HealthFlows.Runtime.Dashboard;

/// <summary>How long one node of a workflow took per run, over the journal entries of a window.</summary>
public sealed record StepDuration(string DefinitionId, string NodeId, string ActivityType, int Runs, double AverageMs, double MaxMs);
