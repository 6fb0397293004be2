using System.Globalization;
using System.Text.Json;
using HealthFlows.Erp;
using HealthFlows.Erp.Invoices;
using HealthFlows.Runtime.Activities;
using HealthFlows.Runtime.Execution;
using HealthFlows.Runtime.Model;
using Microsoft.Extensions.DependencyInjection;

namespace HealthFlows.Activities.Erp;

/// <summary>Posts a sales invoice to the ERP, exactly once per external document number.</summary>
/// <remarks>
/// Running it again (a retried instance, a restart) is safe: the connector finds the invoice an earlier run posted and
/// answers that one. A business refusal follows Rejected, an outage that outlasted the retries Unavailable, each with the
/// ERP's message in <c>error</c>; neither is an incident, so the workflow decides (review, Delay and try again).
/// </remarks>
[Activity("PostErpInvoice", "ERP", DisplayName = "Post ERP Invoice", Outcomes = [Posted, Rejected, Unavailable], Icon = "erp",
    Description = "Posts a sales invoice with its charge lines (each booked to a cost center) to the ERP, once per external document number; Rejected carries the ERP's refusal, Unavailable an outage that outlasted the retries.")]
public sealed class PostErpInvoice : Activity
{
    public const string Posted = "Posted";
    public const string Rejected = "Rejected";
    public const string Unavailable = "Unavailable";

    /// <summary>The control id of the message the workflow parsed (a node's <c>controlId</c> output), else the input's.</summary>
    public const string SourceControlIdScript = "(Object.values(outputs).find(o => o && o.controlId) ?? input ?? {}).controlId";

    [Input(DisplayName = "Customer number", Description = "The paying customer's number in the ERP (the payer), e.g. BCBS.", Required = true)]
    public Input<string> CustomerNumber { get; } = new();

    [Input(DisplayName = "External document number", DefaultMode = InputMode.Expression,
        Description = "The source document's id; the ERP holds at most one invoice per value, which makes posting idempotent. Default: the control id of the parsed source message.")]
    public Input<string> ExternalDocumentNumber { get; } = new(SourceControlIdScript);

    [Input(DisplayName = "Invoice date", Description = "yyyy-MM-dd (an HL7 date such as 20260302 works too); empty means today.")]
    public Input<string> InvoiceDate { get; } = new();

    [Input(DisplayName = "Encounter reference", Description = "The visit or encounter billed (at most 35 characters); the ERP keeps it as the customer's reference.")]
    public Input<string> EncounterReference { get; } = new();

    [Input(Description = "Charge lines: [{ description, itemNumber?, quantity, unitPrice, costCenter }]. A line without itemNumber books to the configured revenue account.",
        Required = true, DefaultMode = InputMode.Expression)]
    public Input<List<PostErpInvoiceLine>> Lines { get; } = new();

    [Output(DisplayName = "Document number", Description = "The posted invoice's number, e.g. PS-INV103001.")]
    public Output<string> DocumentNumber { get; } = new();

    [Output(DisplayName = "Invoice id", Description = "The invoice's id in the ERP.")]
    public Output<string> InvoiceId { get; } = new();

    [Output(Description = "Why the invoice is not posted (the ERP's message); empty when Posted.")]
    public Output<string> Error { get; } = new();

    public override async ValueTask<ActivityResult> ExecuteAsync(ActivityExecutionContext context)
    {
        var invoice = new ErpInvoice(
            context.Get(CustomerNumber)?.Trim() ?? "",
            ReadExternalDocumentNumber(context),
            ReadInvoiceDate(context),
            context.Get(EncounterReference)?.Trim(),
            [.. (context.Get(Lines) ?? []).Select(line => new ErpInvoiceLine(
                line.Description?.Trim() ?? "", line.ItemNumber?.Trim(), line.Quantity, line.UnitPrice, line.CostCenter?.Trim() ?? ""))]);

        var result = await context.Services.GetRequiredService<IErpConnector>().PostInvoiceAsync(invoice, context.CancellationToken);
        context.Set(DocumentNumber, result.DocumentNumber ?? "");
        context.Set(InvoiceId, result.InvoiceId?.ToString() ?? "");
        context.Set(Error, result.Error ?? "");
        return ActivityResult.Complete(result.Status switch
        {
            ErpPostStatus.Posted => Posted,
            ErpPostStatus.Rejected => Rejected,
            _ => Unavailable,
        });
    }

    // A node that leaves the input out gets the same default expression the designer fills in.
    private string ReadExternalDocumentNumber(ActivityExecutionContext context)
    {
        var value = context.GetJson(ExternalDocumentNumber) ?? context.Evaluate(SourceControlIdScript);
        return value switch
        {
            { ValueKind: JsonValueKind.String } text => text.GetString()!.Trim(),
            { ValueKind: JsonValueKind.Number } number => number.GetRawText(),
            _ => "",
        };
    }

    private DateOnly ReadInvoiceDate(ActivityExecutionContext context)
    {
        var text = context.Get(InvoiceDate)?.Trim();
        if (string.IsNullOrEmpty(text))
            return DateOnly.FromDateTime(context.Clock.GetUtcNow().UtcDateTime);
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            || (text.Length >= 8 && DateOnly.TryParseExact(text[..8], "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date)))
            return date;
        throw new InputConversionException($"Input 'invoiceDate' of node '{context.NodeId}' expects a date (yyyy-MM-dd), but its value is \"{text}\".");
    }
}
