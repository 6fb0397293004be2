namespace HealthFlows.Runtime.Dashboard;

/// <summary>The dashboard's figures for one window.</summary>
/// <param name="Hours">Every hour of the window in order, empty hours included.</param>
/// <param name="PendingDeadLetters">Dead letters waiting for a decision now, whenever they arrived.</param>
/// <param name="DeadLettersInRange">Dead letters created in the window, whatever became of them.</param>
/// <param name="SuspendedCount">Instances suspended now, whenever they started.</param>
/// <param name="OldestSuspended">The suspended instance that started first; null when none is suspended.</param>
/// <param name="SlowestSteps">Steps run in the window by average duration, slowest first.</param>
public sealed record DashboardSnapshot(
    IReadOnlyList<HourlyInstanceCounts> Hours,
    int PendingDeadLetters,
    int DeadLettersInRange,
    int SuspendedCount,
    SuspendedInstance? OldestSuspended,
    IReadOnlyList<StepDuration> SlowestSteps);
