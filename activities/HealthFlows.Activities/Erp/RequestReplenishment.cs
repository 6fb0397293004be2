using HealthFlows.Erp;
using HealthFlows.Erp.Inventory;
using HealthFlows.Erp.Invoices;
using HealthFlows.Runtime.Activities;
using HealthFlows.Runtime.Model;
using Microsoft.Extensions.DependencyInjection;

namespace HealthFlows.Activities.Erp;

/// <summary>Asks the ERP for more of an item: a purchase order to its vendor, exactly once per external document number.</summary>
[Activity("RequestReplenishment", "ERP", DisplayName = "Request Replenishment", Outcomes = [Requested, Rejected, Unavailable], Icon = "erp",
    Description = "Creates a purchase order for an item (by default from the item's own vendor), once per external document number; Rejected carries the ERP's refusal, Unavailable an outage.")]
public sealed class RequestReplenishment : Activity
{
    public const string Requested = "Requested";
    public const string Rejected = "Rejected";
    public const string Unavailable = "Unavailable";

    [Input(DisplayName = "Item number", Description = "The item to order, e.g. IMP-HIP-001.", Required = true, DefaultMode = InputMode.Expression)]
    public Input<string> ItemNumber { get; } = new();

    [Input(Description = "How many to order, e.g. outputs.consume.reorderQuantity.", Required = true, DefaultMode = InputMode.Expression)]
    public Input<decimal> Quantity { get; } = new();

    [Input(DisplayName = "Vendor number", Description = "Whom to order from; empty for the item's own vendor.")]
    public Input<string> VendorNumber { get; } = new();

    [Input(DisplayName = "External document number", Description = "What the order answers (at most 35 characters); the ERP makes one order per value.",
        Required = true, DefaultMode = InputMode.Expression)]
    public Input<string> ExternalDocumentNumber { get; } = new();

    [Input(DisplayName = "Order date", Description = "yyyy-MM-dd, or a date-time whose own date is used; empty means today.")]
    public Input<string> OrderDate { get; } = new();

    [Output(DisplayName = "Order number", Description = "The purchase order's number, e.g. PO106001; empty unless Requested.")]
    public Output<string> OrderNumber { get; } = new();

    [Output(DisplayName = "Order id", Description = "The purchase order's id in the ERP.")]
    public Output<string> OrderId { get; } = new();

    [Output(Description = "Why there is no order (the ERP's message); empty when Requested.")]
    public Output<string> Error { get; } = new();

    public override async ValueTask<ActivityResult> ExecuteAsync(ActivityExecutionContext context)
    {
        var replenishment = new ErpReplenishment(
            context.Get(ExternalDocumentNumber)?.Trim() ?? "",
            context.Get(ItemNumber)?.Trim() ?? "",
            context.Get(Quantity),
            context.Get(VendorNumber)?.Trim(),
            ErpDates.Read(context, OrderDate));

        var result = await context.Services.GetRequiredService<IErpConnector>().RequestReplenishmentAsync(replenishment, context.CancellationToken);
        context.Set(OrderNumber, result.OrderNumber ?? "");
        context.Set(OrderId, result.OrderId?.ToString() ?? "");
        context.Set(Error, result.Error ?? "");
        return ActivityResult.Complete(result.Status switch
        {
            ErpPostStatus.Posted => Requested,
            ErpPostStatus.Rejected => Rejected,
            _ => Unavailable,
        });
    }
}
