namespace HealthFlows.ErpSandbox.Companies;

/// <summary>A company: every customer, dimension and invoice belongs to one.</summary>
internal sealed class Company
{
    public Guid Id { get; set; }
    public required string Name { get; set; }
    public required string DisplayName { get; set; }
    public required string CurrencyCode { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset LastModified { get; set; }
}
