using System.Security.Claims;
using HealthFlows.Runtime.Auditing;
using HealthFlows.Server.Security;

namespace HealthFlows.Server.Auditing;

/// <summary>Reads who is acting from the request's principal, whichever scheme signed it in.</summary>
public static class AuditActors
{
    public static AuditActor From(ClaimsPrincipal principal)
    {
        ArgumentNullException.ThrowIfNull(principal);
        if (principal.Identity is not { IsAuthenticated: true } identity)
        {
            return new AuditActor(AuditActorKind.User, "anonymous");
        }

        var id = principal.FindFirstValue(ClaimTypes.NameIdentifier) ?? principal.FindFirstValue("sub") ?? identity.Name ?? "unknown";
        var kind = string.Equals(identity.AuthenticationType, ApiKeyDefaults.Scheme, StringComparison.Ordinal) ? AuditActorKind.ApiKey : AuditActorKind.User;
        return new AuditActor(kind, id, identity.Name);
    }
}
