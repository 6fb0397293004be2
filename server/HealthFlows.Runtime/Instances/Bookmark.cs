using System.Text.Json;

namespace HealthFlows.Runtime.Instances;

/// <summary>An open wait in an instance: resuming it continues the instance at its node.</summary>
public sealed class Bookmark
{
    public string Id { get; set; } = "";

    public string InstanceId { get; set; } = "";

    public string NodeId { get; set; } = "";

    public string ActivityType { get; set; } = "";

    public string Name { get; set; } = "";

    public string? ScopeId { get; set; }

    /// <summary>When a timer resumes it; null for waits resumed by a caller.</summary>
    public DateTimeOffset? ResumeAt { get; set; }

    public string? CorrelationKey { get; set; }

    public JsonElement? Data { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
