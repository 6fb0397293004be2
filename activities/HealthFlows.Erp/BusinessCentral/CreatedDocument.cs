namespace HealthFlows.Erp.BusinessCentral;

/// <summary>What the connector reads back from a created ledger entry or purchase order.</summary>
internal sealed record CreatedDocument(Guid Id, string? Number, string? ExternalDocumentNumber);
