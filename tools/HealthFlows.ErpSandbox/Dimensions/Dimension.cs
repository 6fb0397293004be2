namespace HealthFlows.ErpSandbox.Dimensions;

/// <summary>An analysis dimension such as DEPARTMENT or COSTCENTER.</summary>
internal sealed class Dimension
{
    public Guid Id { get; set; }
    public Guid CompanyId { get; set; }
    public required string Code { get; set; }
    public required string DisplayName { get; set; }
    public DateTimeOffset LastModified { get; set; }
}
