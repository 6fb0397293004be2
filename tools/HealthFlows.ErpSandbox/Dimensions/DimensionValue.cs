namespace HealthFlows.ErpSandbox.Dimensions;

/// <summary>One value of a dimension, such as department LAB; a blocked value cannot be used on new lines.</summary>
internal sealed class DimensionValue
{
    public Guid Id { get; set; }
    public Guid CompanyId { get; set; }
    public Guid DimensionId { get; set; }
    public Dimension Dimension { get; set; } = null!;
    public required string Code { get; set; }
    public required string DisplayName { get; set; }
    public bool Blocked { get; set; }
    public DateTimeOffset LastModified { get; set; }
}
