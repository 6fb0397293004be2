using HealthFlows.ErpSandbox.OData;

namespace HealthFlows.ErpSandbox.SalesInvoices;

/// <summary>Reads the <c>$expand</c> forms the sandbox understands on invoices and their lines.</summary>
internal static class InvoiceExpansionParser
{
    /// <summary>For invoices: <c>salesInvoiceLines</c> or <c>salesInvoiceLines($expand=dimensionSetLines)</c>.</summary>
    public static Outcome<InvoiceExpansion> ForInvoice(string? expand) => Normalise(expand) switch
    {
        "" => InvoiceExpansion.None,
        "salesinvoicelines" => InvoiceExpansion.Lines,
        "salesinvoicelines($expand=dimensionsetlines)" => InvoiceExpansion.Lines | InvoiceExpansion.LineDimensions,
        _ => Unsupported(expand, "salesInvoice"),
    };

    /// <summary>For lines: <c>dimensionSetLines</c>.</summary>
    public static Outcome<InvoiceExpansion> ForLine(string? expand) => Normalise(expand) switch
    {
        "" => InvoiceExpansion.Lines,
        "dimensionsetlines" => InvoiceExpansion.Lines | InvoiceExpansion.LineDimensions,
        _ => Unsupported(expand, "salesInvoiceLine"),
    };

    private static string Normalise(string? expand) =>
        string.Concat((expand ?? "").Where(c => !char.IsWhiteSpace(c))).ToLowerInvariant();

    private static ErpError Unsupported(string? expand, string entity) =>
        ErpError.BadRequest($"The $expand '{expand}' is not supported on '{entity}'.");
}
