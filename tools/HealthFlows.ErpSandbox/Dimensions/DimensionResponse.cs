using System.Text.Json.Serialization;
using HealthFlows.ErpSandbox.OData;

namespace HealthFlows.ErpSandbox.Dimensions;

/// <summary>A dimension as Business Central's API v2.0 shows it.</summary>
internal sealed record DimensionResponse(
    [property: JsonPropertyName("@odata.etag")] string ETag,
    Guid Id,
    string Code,
    string DisplayName,
    DateTime LastModifiedDateTime)
{
    public static DimensionResponse From(Dimension dimension) => new(
        OData.ETag.For(dimension.Id, dimension.LastModified), dimension.Id, dimension.Code, dimension.DisplayName,
        dimension.LastModified.UtcDateTime);
}
