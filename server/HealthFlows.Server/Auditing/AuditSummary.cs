using System.Text.Json;
using System.Text.Json.Serialization;
using HealthFlows.Server.Apis.Contracts;

namespace HealthFlows.Server.Auditing;

/// <summary>The summary an API audit entry stores: the target before and after, and an import's counts.</summary>
public sealed record AuditSummary(object? Before, object? After, ImportResponse? Imported)
{
    internal static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };
}
