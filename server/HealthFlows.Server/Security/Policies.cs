using Microsoft.AspNetCore.Authorization;

namespace HealthFlows.Server.Security;

/// <summary>
/// The named authorization policies every /api route carries (one each). A route without one is caught by the
/// role-matrix test; the policy names, not role checks in handlers, say who may do what.
/// </summary>
public static class Policies
{
    /// <summary>Any signed-in caller, whatever its roles (who am I).</summary>
    public const string SignedIn = "SignedIn";

    /// <summary>Reading anything but users, keys and unmasked PHI: every role but PhiViewer alone.</summary>
    public const string Read = "Read";

    /// <summary>Creating, importing, saving drafts.</summary>
    public const string EditDrafts = "EditDrafts";

    /// <summary>Running a definition from the API: Analysts run drafts only (the handler checks), Operators any version.</summary>
    public const string Execute = "Execute";

    /// <summary>Publishing, retracting, reverting and deleting definitions.</summary>
    public const string Publish = "Publish";

    /// <summary>Instances, bookmarks, dead letters and master data changes.</summary>
    public const string Operate = "Operate";

    /// <summary>Users and API keys.</summary>
    public const string Administer = "Administer";

    /// <summary>Seeing unmasked patient data.</summary>
    public const string ViewPhi = "ViewPhi";

    /// <summary>The roles each policy admits. PHI reveal also admits Admin here; HealthFlows:Phi:RevealRoles can narrow it to PhiViewer alone.</summary>
    public static IReadOnlyDictionary<string, string[]> RolesByPolicy { get; } = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        [Read] = [Roles.Viewer, Roles.Analyst, Roles.Publisher, Roles.Operator, Roles.Admin],
        [EditDrafts] = [Roles.Analyst, Roles.Admin],
        [Execute] = [Roles.Analyst, Roles.Operator, Roles.Admin],
        [Publish] = [Roles.Publisher, Roles.Admin],
        [Operate] = [Roles.Operator, Roles.Admin],
        [Administer] = [Roles.Admin],
        [ViewPhi] = [Roles.PhiViewer, Roles.Admin],
    };

    public static void Register(AuthorizationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.AddPolicy(SignedIn, policy => policy.RequireAuthenticatedUser());
        foreach (var (name, roles) in RolesByPolicy)
        {
            options.AddPolicy(name, policy => policy.RequireAuthenticatedUser().RequireRole(roles));
        }
    }
}
