using System.Text.Json;
using System.Text.Json.Serialization;

namespace HealthFlows.Erp.BusinessCentral;

/// <summary>Business Central's JSON: camelCase, nulls left out of bodies.</summary>
internal static class ErpJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };
}
