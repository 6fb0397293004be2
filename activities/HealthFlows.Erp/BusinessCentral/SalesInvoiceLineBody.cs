namespace HealthFlows.Erp.BusinessCentral;

/// <summary>One line of a deep insert, with its cost center as a dimension set line.</summary>
internal sealed record SalesInvoiceLineBody(
    string LineType,
    string LineObjectNumber,
    string Description,
    decimal Quantity,
    decimal UnitPrice,
    IReadOnlyList<DimensionSetLineBody> DimensionSetLines);
