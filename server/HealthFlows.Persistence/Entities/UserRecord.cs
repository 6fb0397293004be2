namespace HealthFlows.Persistence.Entities;

/// <summary>A built-in user of the embedded default: name, hashed password, roles and lockout state.</summary>
public sealed class UserRecord
{
    public string Id { get; set; } = "";

    /// <summary>The name as the user typed it when created.</summary>
    public string UserName { get; set; } = "";

    /// <summary>The name upper-cased invariantly: sign-in and uniqueness ignore case.</summary>
    public string NormalizedUserName { get; set; } = "";

    /// <summary>An ASP.NET Core Identity password hash (PBKDF2 with a per-user salt, versioned).</summary>
    public string PasswordHash { get; set; } = "";

    /// <summary>Comma-separated role names.</summary>
    public string Roles { get; set; } = "";

    public bool Disabled { get; set; }

    /// <summary>Failed sign-ins since the last success or lockout.</summary>
    public int FailedSignInCount { get; set; }

    /// <summary>Sign-in is refused until this instant.</summary>
    public DateTimeOffset? LockedUntil { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public DateTimeOffset? LastSignInAt { get; set; }
}
