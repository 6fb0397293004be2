using System.Security.Claims;

namespace HealthFlows.Server.Phi;

/// <summary>
/// Whether a caller may see unmasked payloads. Read from the principal's claims only, so it works with any sign-in scheme
/// (API keys today, users and identity providers later): a role in <see cref="PhiOptions.RevealRoles"/>, or a
/// <c>permission</c> claim of <c>PhiViewer</c>.
/// </summary>
public static class PhiAccess
{
    /// <summary>The role and permission name of PHI viewing.</summary>
    public const string PhiViewer = "PhiViewer";

    /// <summary>The claim type a permission is carried in.</summary>
    public const string PermissionClaimType = "permission";

    public static bool CanReveal(ClaimsPrincipal principal, PhiOptions options)
    {
        ArgumentNullException.ThrowIfNull(principal);
        ArgumentNullException.ThrowIfNull(options);
        return principal.Identity?.IsAuthenticated == true
            && (options.EffectiveRevealRoles.Any(principal.IsInRole) || principal.HasClaim(PermissionClaimType, PhiViewer));
    }
}
