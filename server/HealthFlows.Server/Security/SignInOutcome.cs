using HealthFlows.Persistence.Entities;

namespace HealthFlows.Server.Security;

/// <summary>The user who signed in, or null with the reason (kept for the audit trail, never told to the caller).</summary>
public sealed record SignInOutcome(UserRecord? User, string? FailureReason)
{
    public bool Succeeded => User is not null;
}
