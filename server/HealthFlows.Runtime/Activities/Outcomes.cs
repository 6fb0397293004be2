namespace HealthFlows.Runtime.Activities;

/// <summary>Outcome names shared by many activities.</summary>
public static class Outcomes
{
    public const string Done = "Done";

    /// <summary>Followed when the activity throws and the node has a connection from it.</summary>
    public const string Failed = "Failed";
}
