using System.Text.Json.Serialization;
using HealthFlows.ErpSandbox.OData;

namespace HealthFlows.ErpSandbox.SalesInvoices;

/// <summary>A dimension set line of an invoice line, as Business Central's API v2.0 shows it.</summary>
internal sealed record DimensionSetLineResponse(
    [property: JsonPropertyName("@odata.etag")] string ETag,
    Guid Id,
    string Code,
    Guid ParentId,
    string ParentType,
    string DisplayName,
    Guid ValueId,
    string ValueCode,
    string ValueDisplayName)
{
    public static DimensionSetLineResponse From(SalesInvoiceLineDimension entry)
    {
        var value = entry.DimensionValue;
        return new DimensionSetLineResponse(
            OData.ETag.For(entry.Id, entry.LastModified), value.DimensionId, value.Dimension.Code, entry.LineId,
            "Sales Invoice Line", value.Dimension.DisplayName, value.Id, value.Code, value.DisplayName);
    }
}
