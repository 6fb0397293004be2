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

        var dimension = await db.Dimensions.AsNoTracking().SingleOrDefaultAsync(
            d => d.CompanyId == companyId && (request.Id == null ? d.Code == code : d.Id == request.Id), cancellationToken);
        if (dimension is null)
            return NotFound("Code", code ?? request.Id.ToString(), "Dimension");

        var value = await db.DimensionValues.Include(v => v.Dimension).SingleOrDefaultAsync(
            v => v.DimensionId == dimension.Id && (request.ValueId == null ? v.Code == valueCode : v.Id == request.ValueId), cancellationToken);
        if (value is null)
            return NotFound("Dimension Value Code", valueCode ?? request.ValueId.ToString(), "Dimension Value");
        if (value.Blocked)
            return ErpError.Dialog($"Dimension Value {dimension.Code} - {value.Code} is blocked.");
        if (faults.Rejects(value.Code))
            return ErpError.Dialog($"{dimension.DisplayName} {value.Code} is rejected by the ERP (injected fault).");
        return value;
    }

    private static ErpError NotFound(string field, string? value, string table) => ErpError.InvalidTableRelation(
        $"The field {field} of table Dimension Set Entry contains a value ({value}) that cannot be found in the related table ({table}).");
}
