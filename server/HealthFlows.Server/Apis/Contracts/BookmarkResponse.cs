using HealthFlows.Runtime.Instances;

namespace HealthFlows.Server.Apis.Contracts;

/// <summary>An open bookmark as the API shows it.</summary>
public sealed record BookmarkResponse(string Id, string NodeId, string ActivityType, string Name, DateTimeOffset? ResumeAt, string? CorrelationKey, DateTimeOffset CreatedAt)
{
    public static BookmarkResponse From(Bookmark b) => new(b.Id, b.NodeId, b.ActivityType, b.Name, b.ResumeAt, b.CorrelationKey, b.CreatedAt);
}
