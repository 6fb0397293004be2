namespace HealthFlows.Activities.Erp;

/// <summary>One charge line of the Post ERP Invoice activity's <c>lines</c> input.</summary>
public sealed record PostErpInvoiceLine(string? Description, string? ItemNumber, decimal Quantity, decimal UnitPrice, string? CostCenter);
