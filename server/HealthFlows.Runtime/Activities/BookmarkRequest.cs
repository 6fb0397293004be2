using System.Text.Json;

namespace HealthFlows.Runtime.Activities;

/// <summary>A bookmark an activity asks for: a name, an optional time to resume at, and its own data.</summary>
/// <param name="Name">What the bookmark waits for (e.g. "Delay", "HttpCallback").</param>
/// <param name="ResumeAt">When a timer should resume it, if it is timed.</param>
/// <param name="CorrelationKey">A key callers can resume it by (e.g. a correlation id), if any.</param>
/// <param name="Data">Activity data kept with the bookmark.</param>
public sealed record BookmarkRequest(string Name, DateTimeOffset? ResumeAt = null, string? CorrelationKey = null, JsonElement? Data = null);
