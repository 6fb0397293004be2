using System.Text.Json;

namespace HealthFlows.ErpSandbox.Tests.Infrastructure;

/// <summary>Sales invoice bodies as the Post ERP Invoice activity would send them: one charge line booked to a cost center.</summary>
public static class InvoiceBodies
{
    public static string Charge(string externalDocumentNumber, string customerNumber = "BCBS", string costCenter = "LAB",
        decimal quantity = 2, decimal unitPrice = 45.50m) => JsonSerializer.Serialize(new
        {
            externalDocumentNumber,
            customerNumber,
            invoiceDate = "2026-03-02",
            salesInvoiceLines = new[]
            {
                new
                {
                    lineType = "Item",
                    lineObjectNumber = "CPT-80053",
                    description = "Comprehensive metabolic panel",
                    quantity,
                    unitPrice,
                    dimensionSetLines = new[] { new { code = "COSTCENTER", valueCode = costCenter } },
                },
            },
        });
}
