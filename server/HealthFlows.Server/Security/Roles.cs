namespace HealthFlows.Server.Security;

/// <summary>The roles a user or API key can hold (docs/security.md has what each may do).</summary>
public static class Roles
{
    /// <summary>Reads definitions, instances, dead letters and master data.</summary>
    public const string Viewer = "Viewer";

    /// <summary>Edits drafts and test-runs them.</summary>
    public const string Analyst = "Analyst";

    /// <summary>Publishes, retracts and reverts definitions.</summary>
    public const string Publisher = "Publisher";

    /// <summary>Runs production: instances, bookmarks, dead letters, master data.</summary>
    public const string Operator = "Operator";

    /// <summary>Users, keys and settings; passes every policy except PHI viewing.</summary>
    public const string Admin = "Admin";

    /// <summary>May see unmasked patient data; granted on its own, never implied by another role.</summary>
    public const string PhiViewer = "PhiViewer";

    public static IReadOnlyList<string> All { get; } = [Viewer, Analyst, Publisher, Operator, Admin, PhiViewer];

    /// <summary>The known role with this name, in its canonical spelling (any case matches); null when unknown.</summary>
    public static string? Canonical(string name) => All.FirstOrDefault(r => r.Equals(name.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>The roles stored as comma-separated text.</summary>
    public static IReadOnlyList<string> Parse(string? stored) =>
        stored is null ? [] : stored.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public static string Format(IEnumerable<string> roles) => string.Join(',', roles.Distinct(StringComparer.Ordinal));
}
