using System.Globalization;
using HealthFlows.Erp;
using HealthFlows.Erp.Inventory;
using HealthFlows.Erp.Invoices;
using HealthFlows.Runtime.Activities;
using HealthFlows.Runtime.Execution;
using HealthFlows.Runtime.Model;
using Microsoft.Extensions.DependencyInjection;

namespace HealthFlows.Activities.Erp;

/// <summary>Takes an item (an implant, a supply) out of the ERP's stock for a source document, exactly once per document.</summary>
/// <remarks>
/// Running it again is safe: the connector finds the entry an earlier run made and answers the stock as it is now.
/// Neither Rejected nor Unavailable is an incident, so the workflow decides (a review, a Queue Retry).
/// </remarks>
[Activity("PostInventoryConsumption", "ERP", DisplayName = "Post Inventory Consumption", Outcomes = [Posted, Rejected, Unavailable], Icon = "erp",
    Description = "Takes an item out of the ERP's stock for a source document, booked to a cost center, once per external document number; answers the stock left and whether it fell to the reorder point.")]
public sealed class PostInventoryConsumption : Activity
{
    public const string Posted = "Posted";
    public const string Rejected = "Rejected";
    public const string Unavailable = "Unavailable";

    [Input(DisplayName = "Item number", Description = "The item's number in the ERP, e.g. IMP-HIP-001.", Required = true, DefaultMode = InputMode.Expression)]
    public Input<string> ItemNumber { get; } = new();

    [Input(Description = "How many were used; default 1.")]
    public Input<decimal> Quantity { get; } = new(1m);

    [Input(DisplayName = "Cost center", Description = "The cost center the consumption books to, e.g. outputs.validate.costCenter.", Required = true, DefaultMode = InputMode.Expression,
        UIHint = "cost-center")]
    public Input<string> CostCenter { get; } = new();

    [Input(DisplayName = "External document number", Description = "The source document's id (e.g. the FHIR resource id, at most 35 characters); the ERP takes the items once per value.",
        Required = true, DefaultMode = InputMode.Expression)]
    public Input<string> ExternalDocumentNumber { get; } = new();

    [Input(DisplayName = "Posting date", Description = "yyyy-MM-dd, or a date-time whose own date is used; empty means today.")]
    public Input<string> PostingDate { get; } = new();

    [Input(Description = "A text for the ledger entry (at most 100 characters); the item's name when empty. No patient data.")]
    public Input<string> Description { get; } = new();

    [Output(DisplayName = "Entry id", Description = "The ledger entry's id in the ERP; empty unless Posted.")]
    public Output<string> EntryId { get; } = new();

    [Output(DisplayName = "Remaining stock", Description = "The item's stock on hand after the consumption.")]
    public Output<decimal> RemainingStock { get; } = new();

    [Output(DisplayName = "Reorder point", Description = "The stock at or below which the item is to be ordered again.")]
    public Output<decimal> ReorderPoint { get; } = new();

    [Output(DisplayName = "Reorder quantity", Description = "How many to order when it is.")]
    public Output<decimal> ReorderQuantity { get; } = new();

    [Output(DisplayName = "Needs replenishment", Description = "Whether the stock fell to or below the reorder point.")]
    public Output<bool> NeedsReplenishment { get; } = new();

    [Output(DisplayName = "Vendor number", Description = "The vendor the item is bought from.")]
    public Output<string> VendorNumber { get; } = new();

    [Output(Description = "Why nothing was posted (the ERP's message); empty when Posted.")]
    public Output<string> Error { get; } = new();

    public override async ValueTask<ActivityResult> ExecuteAsync(ActivityExecutionContext context)
    {
        var consumption = new ErpConsumption(
            context.Get(ExternalDocumentNumber)?.Trim() ?? "",
            context.Get(ItemNumber)?.Trim() ?? "",
            context.Get(Quantity),
            context.Get(CostCenter)?.Trim() ?? "",
            ErpDates.Read(context, PostingDate),
            context.Get(Description)?.Trim());

        var result = await context.Services.GetRequiredService<IErpConnector>().PostConsumptionAsync(consumption, context.CancellationToken);
        context.Set(EntryId, result.EntryId?.ToString() ?? "");
        context.Set(RemainingStock, result.Item?.Inventory ?? 0);
        context.Set(ReorderPoint, result.Item?.ReorderPoint ?? 0);
        context.Set(ReorderQuantity, result.Item?.ReorderQuantity ?? 0);
        context.Set(NeedsReplenishment, result.Item?.NeedsReplenishment ?? false);
        context.Set(VendorNumber, result.Item?.VendorNumber ?? "");
        context.Set(Error, result.Error ?? "");
        context.JournalMessage = result.Item is { } item
            ? string.Create(CultureInfo.InvariantCulture, $"{item.Number}: {item.Inventory} left (reorder point {item.ReorderPoint}).")
            : null;
        return ActivityResult.Complete(result.Status switch
        {
            ErpPostStatus.Posted => Posted,
            ErpPostStatus.Rejected => Rejected,
            _ => Unavailable,
        });
    }
}
