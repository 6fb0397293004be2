using System.Text;
using System.Text.RegularExpressions;

namespace HealthFlows.Runtime.Validation;

/// <summary>The rules for definition ids, and making one from a name.</summary>
public static partial class DefinitionIds
{
    public static bool IsValid(string? id) => id is not null && Pattern().IsMatch(id);

    /// <summary>A valid id made from a display name ("Charge capture" → "charge-capture").</summary>
    public static string FromName(string name)
    {
        var slug = new StringBuilder();
        foreach (var c in name.Trim().ToLowerInvariant())
        {
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                slug.Append(c);
            }
            else if (slug.Length > 0 && slug[^1] != '-')
            {
                slug.Append('-');
            }
        }

        var id = slug.ToString().Trim('-');
        if (id.Length > 80)
        {
            id = id[..80].TrimEnd('-');
        }

        return id.Length == 0 ? "workflow" : id;
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9._-]{0,99}$")]
    private static partial Regex Pattern();
}
