using System.Text.Json;

namespace HealthFlows.Runtime.Activities;

/// <summary>What an activity asks the executor to do next.</summary>
public sealed class ActivityResult
{
    private static readonly ActivityResult DoneResult = new(ActivityResultKind.Complete, [Activities.Outcomes.Done]);
    private static readonly ActivityResult WaitResult = new(ActivityResultKind.Wait, []);

    private ActivityResult(ActivityResultKind kind, IReadOnlyList<string> outcomes)
    {
        Kind = kind;
        Outcomes = outcomes;
    }

    public ActivityResultKind Kind { get; }

    /// <summary>The outcomes to follow (Complete, and Suspend while it waits), or the body outcome (RunBody).</summary>
    public IReadOnlyList<string> Outcomes { get; }

    /// <summary>The bookmark to create (Suspend).</summary>
    public BookmarkRequest? Bookmark { get; private init; }

    /// <summary>The instance output (Finish).</summary>
    public JsonElement? Output { get; private init; }

    /// <summary>Completes with the given outcomes.</summary>
    public static ActivityResult Complete(params string[] outcomes) =>
        outcomes is [Activities.Outcomes.Done] ? DoneResult : new(ActivityResultKind.Complete, outcomes);

    /// <summary>Completes with <c>Done</c>.</summary>
    public static ActivityResult Done() => DoneResult;

    /// <summary>Suspends this branch until the bookmark is resumed.</summary>
    public static ActivityResult Suspend(BookmarkRequest bookmark) => new(ActivityResultKind.Suspend, []) { Bookmark = bookmark };

    /// <summary>Suspends this node until the bookmark is resumed while following <paramref name="outcomes"/> meanwhile.</summary>
    public static ActivityResult Suspend(BookmarkRequest bookmark, params string[] outcomes) => new(ActivityResultKind.Suspend, outcomes) { Bookmark = bookmark };

    /// <summary>Runs the nodes connected to <paramref name="outcome"/> as a body, then calls <see cref="Activity.OnBodyCompletedAsync"/>.</summary>
    public static ActivityResult RunBody(string outcome) => new(ActivityResultKind.RunBody, [outcome]);

    /// <summary>Ends this branch without following any connection.</summary>
    public static ActivityResult Wait() => WaitResult;

    /// <summary>Ends the instance with the given output.</summary>
    public static ActivityResult Finish(JsonElement? output) => new(ActivityResultKind.Finish, []) { Output = output };
}
