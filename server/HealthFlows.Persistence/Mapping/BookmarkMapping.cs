using HealthFlows.Persistence.Entities;
using HealthFlows.Runtime.Instances;

namespace HealthFlows.Persistence.Mapping;

/// <summary>Converts bookmarks to rows and back.</summary>
internal static class BookmarkMapping
{
    public static BookmarkRecord ToRecord(this Bookmark bookmark, string instanceId) => new()
    {
        Id = bookmark.Id,
        InstanceId = instanceId,
        NodeId = bookmark.NodeId,
        ActivityType = bookmark.ActivityType,
        Name = bookmark.Name,
        ScopeId = bookmark.ScopeId,
        ResumeAt = bookmark.ResumeAt?.ToUniversalTime(),
        CorrelationKey = bookmark.CorrelationKey,
        Data = JsonColumn.Write(bookmark.Data),
        CreatedAt = bookmark.CreatedAt.ToUniversalTime(),
    };

    public static Bookmark ToBookmark(this BookmarkRecord record) => new()
    {
        Id = record.Id,
        InstanceId = record.InstanceId,
        NodeId = record.NodeId,
        ActivityType = record.ActivityType,
        Name = record.Name,
        ScopeId = record.ScopeId,
        ResumeAt = record.ResumeAt,
        CorrelationKey = record.CorrelationKey,
        Data = JsonColumn.Read(record.Data),
        CreatedAt = record.CreatedAt,
    };
}
