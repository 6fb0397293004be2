using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace HealthFlows.ErpSandbox.OData;

/// <summary>The sandbox's own JSON settings, so the host's JSON configuration never changes its wire format.</summary>
internal static class ErpJson
{
    /// <summary>
    /// camelCase, case-insensitive reading, numbers only as JSON numbers (a quoted number is a wrong type),
    /// and quotes written as themselves so entity tags read <c>W/\"...\"</c> as Business Central writes them.
    /// </summary>
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        NumberHandling = JsonNumberHandling.Strict,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}
