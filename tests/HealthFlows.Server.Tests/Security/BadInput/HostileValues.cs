namespace HealthFlows.Server.Tests.Security.BadInput;

/// <summary>Values an attacker or a broken client puts where an id or a query value goes.</summary>
public static class HostileValues
{
    /// <summary>Route values, already in their final URL form (some are escaped once, some twice, some left raw on purpose).</summary>
    public static IReadOnlyList<string> RouteValues { get; } =
    [
        "does-not-exist-7c41",
        Uri.EscapeDataString("../../etc/passwd"),
        Uri.EscapeDataString("..\\..\\windows\\win.ini"),
        "..%2f..%2fetc%2fpasswd",
        "%2e%2e%2f%2e%2e%2fetc%2fpasswd",
        "%252e%252e%252fetc%252fpasswd",
        Uri.EscapeDataString("<script>alert(1)</script>"),
        Uri.EscapeDataString("' OR '1'='1"),
        Uri.EscapeDataString("1; DROP TABLE WorkflowDefinitions; --"),
        "-1",
        "99999999999999999999",
        new string('a', 2000),
    ];

    /// <summary>Query values: injection, traversal, wrong types, out of range, too long.</summary>
    public static IReadOnlyList<string> QueryValues { get; } =
    [
        "<script>alert(1)</script>",
        "' OR 1=1 --",
        "../../etc/passwd",
        "-1",
        "not-a-number",
        "99999999999999999999",
        new string('q', 2000),
    ];
}
