namespace HealthFlows.Runtime.Auditing;

/// <summary>What kind of principal an audit entry's actor is.</summary>
public enum AuditActorKind
{
    User,
    ApiKey,
    System,
}
