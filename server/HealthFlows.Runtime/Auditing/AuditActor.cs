namespace HealthFlows.Runtime.Auditing;

/// <summary>Who acted: a signed-in user, an API key, or HealthFlows itself.</summary>
public sealed record AuditActor(AuditActorKind Kind, string Id, string? Name = null)
{
    /// <summary>HealthFlows acting on its own (start-up, timers, purge jobs).</summary>
    public static AuditActor System { get; } = new(AuditActorKind.System, "system", "HealthFlows");
}
