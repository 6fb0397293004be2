using HealthFlows.Erp.Invoices;

namespace HealthFlows.Erp.Tests.Support;

/// <summary>Invoices as a charge-capture workflow posts them: one lab charge per source message.</summary>
public static class SampleInvoices
{
    public static ErpInvoice Charge(string externalDocumentNumber, string customerNumber = "BCBS", string costCenter = "LAB") => new(
        customerNumber,
        externalDocumentNumber,
        new DateOnly(2026, 3, 2),
        "V-20260302-7",
        [
            new ErpInvoiceLine("Comprehensive metabolic panel", "CPT-80053", 2, 45.50m, costCenter),
            new ErpInvoiceLine("Venipuncture", null, 1, 12m, costCenter),
        ]);
}
