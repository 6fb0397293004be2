namespace HealthFlows.ErpSandbox.SalesInvoices;

/// <summary>The body of <c>POST dimensionSetLines</c>: the dimension by <c>id</c> or <c>code</c>, its value by <c>valueId</c> or <c>valueCode</c>.</summary>
internal sealed record DimensionSetLineRequest(Guid? Id, string? Code, Guid? ValueId, string? ValueCode);
