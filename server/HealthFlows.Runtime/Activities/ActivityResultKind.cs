namespace HealthFlows.Runtime.Activities;

/// <summary>What the executor does after an activity returns.</summary>
public enum ActivityResultKind
{
    /// <summary>Follow the connections of the given outcomes.</summary>
    Complete,

    /// <summary>Stop this branch until the bookmark is resumed (following any outcomes given meanwhile).</summary>
    Suspend,

    /// <summary>Run the targets of an outcome as a body, then call the activity back.</summary>
    RunBody,

    /// <summary>Stop this branch without an outcome (a join still waiting).</summary>
    Wait,

    /// <summary>End the whole instance now with an output.</summary>
    Finish,
}
