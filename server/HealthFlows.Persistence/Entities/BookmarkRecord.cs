namespace HealthFlows.Persistence.Entities;

/// <summary>An open wait of an instance, indexed for timers and correlation look-ups.</summary>
public sealed class BookmarkRecord
{
    public string Id { get; set; } = "";

    public string InstanceId { get; set; } = "";

    public string NodeId { get; set; } = "";

    public string ActivityType { get; set; } = "";

    public string Name { get; set; } = "";

    public string? ScopeId { get; set; }

    public DateTimeOffset? ResumeAt { get; set; }

    public string? CorrelationKey { get; set; }

    /// <summary>The bookmark's payload as JSON.</summary>
    public string? Data { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
