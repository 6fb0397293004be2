namespace HealthFlows.Runtime.Execution;

/// <summary>Limits of one execution burst and of what the journal keeps.</summary>
public sealed class ExecutionOptions
{
    /// <summary>Activity steps one burst may run before the instance faults as a runaway. Default 100,000.</summary>
    public int MaxStepsPerBurst { get; set; } = 100_000;

    /// <summary>Largest inputs or outputs JSON kept per journal entry; larger ones are cut to a preview. Default 8 KB.</summary>
    public int MaxJournalPayloadBytes { get; set; } = 8 * 1024;
}
