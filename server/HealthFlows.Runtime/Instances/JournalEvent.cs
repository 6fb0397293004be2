namespace HealthFlows.Runtime.Instances;

/// <summary>What happened to an activity in one journal entry.</summary>
public enum JournalEvent
{
    Completed,
    Faulted,
    Suspended,
    Waiting,
    Finished,
}
