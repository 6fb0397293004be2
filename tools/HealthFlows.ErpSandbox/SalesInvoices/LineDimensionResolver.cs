using HealthFlows.ErpSandbox.Dimensions;
using HealthFlows.ErpSandbox.Faults;
using HealthFlows.ErpSandbox.OData;
using HealthFlows.ErpSandbox.Storage;

namespace HealthFlows.ErpSandbox.SalesInvoices;

/// <summary>
/// Finds the dimension value a dimension set line names and refuses, as Business Central does, an unknown
/// dimension or value and a blocked value; it also refuses the cost centers that fault injection rejects.
/// </summary>
internal sealed class LineDimensionResolver(ErpSandboxDbContext db, FaultState faults)
{
    public async Task<Outcome<DimensionValue>> ResolveAsync(
        Guid companyId, DimensionSetLineRequest? request, CancellationToken cancellationToken)
    {
        if (request is null)
            return ErpError.BadRequest("Invalid Request Body: a dimension set line is null.");
        var code = request.Code?.Trim().ToUpperInvariant();
        if (request.Id is null && string.IsNullOrEmpty(code))
            return ErpError.RequiredField("code");
        var valueCode = request.ValueCode?.Trim().ToUpperInvariant();
        if (request.ValueId is null && string.IsNullOrEmpty(valueCode))
            return ErpError.RequiredField("valueCode");

        // One query finds the value in the happy path; only when there is none does a second say which part is unknown.
        var value = await ValueQuery(db, companyId, request.Id, code, request.ValueId, valueCode, cancellationToken);
        if (value is null)
        {
            return await DimensionQuery(db, companyId, request.Id, code, cancellationToken)
                ? NotFound("Dimension Value Code", valueCode ?? request.ValueId.ToString(), "Dimension Value")
                : NotFound("Code", code ?? request.Id.ToString(), "Dimension");
        }
        if (value.Blocked)
            return ErpError.Dialog($"Dimension Value {value.Dimension.Code} - {value.Code} is blocked.");
        if (faults.Rejects(value.Code))
            return ErpError.Dialog($"{value.Dimension.DisplayName} {value.Code} is rejected by the ERP (injected fault).");
        return value;
    }

    // Compiled: translating these per line showed in the charge-capture profile. The value is tracked, with its dimension,
    // because the new line refers to it and must not insert it again.
    private static readonly Func<ErpSandboxDbContext, Guid, Guid?, string?, Guid?, string?, CancellationToken, Task<DimensionValue?>> ValueQuery =
        EF.CompileAsyncQuery((ErpSandboxDbContext db, Guid companyId, Guid? dimensionId, string? code, Guid? valueId, string? valueCode, CancellationToken _) =>
            db.DimensionValues.Include(v => v.Dimension).SingleOrDefault(v => v.Dimension.CompanyId == companyId
                && (dimensionId == null ? v.Dimension.Code == code : v.Dimension.Id == dimensionId)
                && (valueId == null ? v.Code == valueCode : v.Id == valueId)));

    private static readonly Func<ErpSandboxDbContext, Guid, Guid?, string?, CancellationToken, Task<bool>> DimensionQuery =
        EF.CompileAsyncQuery((ErpSandboxDbContext db, Guid companyId, Guid? dimensionId, string? code, CancellationToken _) =>
            db.Dimensions.Any(d => d.CompanyId == companyId && (dimensionId == null ? d.Code == code : d.Id == dimensionId)));

    private static ErpError NotFound(string field, string? value, string table) => ErpError.InvalidTableRelation(
        $"The field {field} of table Dimension Set Entry contains a value ({value}) that cannot be found in the related table ({table}).");
}
