namespace HealthFlows.Runtime.Auditing;

/// <summary>Filters and paging for the audit list; every filter is optional, and the actor matches an actor's id or name exactly.</summary>
public sealed record AuditQuery(
    string? Actor = null,
    string? Action = null,
    string? TargetType = null,
    string? TargetId = null,
    DateTimeOffset? From = null,
    DateTimeOffset? To = null,
    int Page = 1,
    int PageSize = 50);
