namespace HealthFlows.Server.Security;

/// <summary>
/// A sign-in or a change to users and keys. <paramref name="Actor"/> is who did it (a user or key id; the typed user
/// name for a failed sign-in), <paramref name="Subject"/> the user or key affected, <paramref name="Detail"/> a short
/// before/after summary. Never holds a password, a key or patient data.
/// </summary>
public sealed record SecurityEvent(
    SecurityEventKind Kind,
    DateTimeOffset At,
    string? Actor,
    string? Subject,
    string? RemoteAddress,
    string? Detail = null);
