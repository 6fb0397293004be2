namespace HealthFlows.Erp.BusinessCentral;

/// <summary>The fields of a Business Central sales invoice the connector reads.</summary>
internal sealed record SalesInvoiceDocument(Guid Id, string? Number, string? ExternalDocumentNumber, string? Status)
{
    public const string DraftStatus = "Draft";

    public bool IsDraft => string.Equals(Status, DraftStatus, StringComparison.OrdinalIgnoreCase);
}
