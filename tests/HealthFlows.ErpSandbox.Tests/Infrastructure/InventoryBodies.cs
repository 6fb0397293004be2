using System.Globalization;

namespace HealthFlows.ErpSandbox.Tests.Infrastructure;

/// <summary>Request bodies for the sandbox's inventory: a consumption as the implant-usage workflow posts it, a replenishment order.</summary>
public static class InventoryBodies
{
    public static string Consumption(string externalDocumentNumber, string itemNumber = "IMP-HIP-001", decimal quantity = 1, string costCenter = "ORTHO") =>
        $$"""
        { "externalDocumentNumber": "{{externalDocumentNumber}}", "itemNumber": "{{itemNumber}}",
          "quantity": {{quantity.ToString(CultureInfo.InvariantCulture)}}, "postingDate": "2026-03-02",
          "description": "Implanted in surgery",
          "dimensionSetLines": [ { "code": "COSTCENTER", "valueCode": "{{costCenter}}" } ] }
        """;

    public static string PurchaseOrder(string externalDocumentNumber, string itemNumber = "IMP-HIP-001", decimal quantity = 10) =>
        $$"""
        { "externalDocumentNumber": "{{externalDocumentNumber}}", "orderDate": "2026-03-02",
          "purchaseOrderLines": [ { "lineType": "Item", "lineObjectNumber": "{{itemNumber}}", "quantity": {{quantity.ToString(CultureInfo.InvariantCulture)}} } ] }
        """;
}
