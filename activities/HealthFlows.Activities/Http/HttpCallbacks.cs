using System.Text.RegularExpressions;

namespace HealthFlows.Activities.Http;

/// <summary>How a waiting HTTP callback is named, keyed and addressed.</summary>
public static partial class HttpCallbacks
{
    /// <summary>The bookmark name of every Wait for HTTP Callback.</summary>
    public const string BookmarkName = "HttpCallback";

    /// <summary>The bookmark's correlation key: the callback name and the correlation id.</summary>
    public static string Key(string name, string correlationId) => $"{name}/{correlationId}";

    /// <summary>The path the caller posts to resume the wait.</summary>
    public static string PathFor(string name, string correlationId) =>
        $"/workflows/{HttpEndpointSettings.ReservedPrefix}/{name}/{Uri.EscapeDataString(correlationId)}";

    /// <summary>A callback name is one URL segment: letters, digits, '.', '_' or '-'.</summary>
    public static bool IsValidName(string? name) => name is not null && NamePattern().IsMatch(name);

    [GeneratedRegex("^[A-Za-z0-9._-]{1,100}$")]
    private static partial Regex NamePattern();
}
