namespace HealthFlows.Server.Security;

/// <summary>The /workflows paths an API key may be restricted to: exact paths, or a prefix ending in <c>*</c>.</summary>
public static class TriggerPaths
{
    public const int MaxLength = 256;

    public static IReadOnlyList<string> Parse(string? stored) =>
        stored is null ? [] : stored.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public static string? Format(IReadOnlyList<string> paths) => paths.Count == 0 ? null : string.Join('\n', paths);

    /// <summary>The path as stored: below /workflows, without leading or trailing slashes; null when it is not a usable pattern.</summary>
    public static string? Normalize(string path)
    {
        var trimmed = path.Trim();
        if (trimmed.StartsWith("/workflows/", StringComparison.OrdinalIgnoreCase))
        {
            trimmed = trimmed["/workflows/".Length..];
        }

        trimmed = trimmed.Trim('/');
        var star = trimmed.IndexOf('*', StringComparison.Ordinal);
        var valid = trimmed.Length is > 0 and <= MaxLength
            && (star < 0 || star == trimmed.Length - 1)
            && !trimmed.Contains("//", StringComparison.Ordinal)
            && trimmed.All(c => !char.IsWhiteSpace(c) && !char.IsControl(c) && c != '?' && c != '#');
        return valid ? trimmed : null;
    }

    /// <summary>Whether <paramref name="path"/> (below /workflows) is one of <paramref name="allowed"/>; paths compare without case, like the routes.</summary>
    public static bool Allows(IEnumerable<string> allowed, string path)
    {
        var candidate = path.Trim('/');
        return allowed.Any(pattern => pattern.EndsWith('*')
            ? candidate.StartsWith(pattern[..^1], StringComparison.OrdinalIgnoreCase)
            : candidate.Equals(pattern, StringComparison.OrdinalIgnoreCase));
    }
}
