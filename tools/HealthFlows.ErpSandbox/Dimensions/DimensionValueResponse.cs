using System.Text.Json.Serialization;
using HealthFlows.ErpSandbox.OData;

namespace HealthFlows.ErpSandbox.Dimensions;

/// <summary>
/// A dimension value as Business Central's API v2.0 shows it, plus two sandbox extensions that BC's standard
/// API lacks: <c>dimensionCode</c> (BC clients resolve <c>dimensionId</c> through <c>dimensions</c>) and <c>blocked</c>.
/// </summary>
internal sealed record DimensionValueResponse(
    [property: JsonPropertyName("@odata.etag")] string ETag,
    Guid Id,
    string Code,
    Guid DimensionId,
    string DisplayName,
    string ConsolidationCode,
    DateTime LastModifiedDateTime,
    string DimensionCode,
    bool Blocked)
{
    public static DimensionValueResponse From(DimensionValue value) => new(
        OData.ETag.For(value.Id, value.LastModified), value.Id, value.Code, value.DimensionId, value.DisplayName, "",
        value.LastModified.UtcDateTime, value.Dimension.Code, value.Blocked);
}
