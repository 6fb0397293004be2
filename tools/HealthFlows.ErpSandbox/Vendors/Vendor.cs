namespace HealthFlows.ErpSandbox.Vendors;

/// <summary>A supplier purchase orders are addressed to.</summary>
internal sealed class Vendor
{
    public Guid Id { get; set; }
    public Guid CompanyId { get; set; }
    public required string Number { get; set; }
    public required string DisplayName { get; set; }
    public DateTimeOffset LastModified { get; set; }
}
