namespace HealthFlows.Runtime.DeadLetters;

/// <summary>
/// The contract between a dead-lettering activity and <see cref="DeadLetterService"/>: the activity waits on an untimed
/// bookmark with this name and the dead letter's id as correlation key; the service resumes it with an action.
/// </summary>
public static class DeadLetterBookmarks
{
    public const string Name = "DeadLetter";

    /// <summary>The resume payload's property naming the action.</summary>
    public const string ActionProperty = "action";

    public const string Replay = "replay";

    public const string Discard = "discard";
}
