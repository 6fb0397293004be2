using System.Security.Claims;

namespace HealthFlows.Server.Security;

/// <summary>Who makes a change (user or key id) and from where, for the security events.</summary>
public sealed record Actor(string? Id, string? RemoteAddress)
{
    public static Actor From(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return new(context.User.FindFirstValue(ClaimTypes.NameIdentifier), context.Connection.RemoteIpAddress?.ToString());
    }
}
