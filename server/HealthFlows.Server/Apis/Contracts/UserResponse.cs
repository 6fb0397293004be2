using HealthFlows.Persistence.Entities;
using HealthFlows.Server.Security;

namespace HealthFlows.Server.Apis.Contracts;

/// <summary>A built-in user, never with its password hash.</summary>
public sealed record UserResponse(
    string Id, string UserName, IReadOnlyList<string> Roles, bool Disabled, DateTimeOffset? LockedUntil,
    DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, DateTimeOffset? LastSignInAt)
{
    public static UserResponse From(UserRecord user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return new(user.Id, user.UserName, Security.Roles.Parse(user.Roles), user.Disabled, user.LockedUntil, user.CreatedAt, user.UpdatedAt, user.LastSignInAt);
    }
}
