namespace HealthFlows.ErpSandbox.Customers;

/// <summary>A customer; for a hospital, a payer (an insurer, a government program, or the patients paying themselves).</summary>
internal sealed class Customer
{
    public Guid Id { get; set; }
    public Guid CompanyId { get; set; }
    public required string Number { get; set; }
    public required string DisplayName { get; set; }
    public required string Type { get; set; }
    public required string Email { get; set; }
    public required string CurrencyCode { get; set; }
    public DateTimeOffset LastModified { get; set; }
}
