namespace HealthFlows.Server.Security;

/// <summary>What happened, for the audit trail.</summary>
public enum SecurityEventKind
{
    SignInSucceeded,
    SignInFailed,
    UserLockedOut,
    UserCreated,
    UserRolesChanged,
    UserDisabled,
    UserEnabled,
    UserPasswordReset,
    ApiKeyCreated,
    ApiKeyRevoked,
}
