namespace HealthFlows.Erp.BusinessCentral;

/// <summary>One line of a purchase order: an item and how many.</summary>
internal sealed record PurchaseOrderLineBody(string LineType, string LineObjectNumber, decimal Quantity);
