using HealthFlows.ErpSandbox.OData;
using HealthFlows.ErpSandbox.Storage;

namespace HealthFlows.ErpSandbox.Dimensions;

/// <summary><c>dimensions</c> and <c>dimensionValues</c>: the departments and cost centers lines are booked to.</summary>
internal static class DimensionsApi
{
    private static readonly FilterMap<Dimension> DimensionFilters = new FilterMap<Dimension>("dimension")
        .Add("id", dimension => dimension.Id)
        .Add("code", dimension => dimension.Code);

    private static readonly FilterMap<DimensionValue> ValueFilters = new FilterMap<DimensionValue>("dimensionValue")
        .Add("id", value => value.Id)
        .Add("code", value => value.Code)
        .Add("dimensionId", value => value.DimensionId)
        .Add("dimensionCode", value => value.Dimension.Code)
        .Add("blocked", value => value.Blocked);

    public static IEndpointRouteBuilder MapDimensionsApi(this IEndpointRouteBuilder company)
    {
        company.MapGet("dimensions", ListDimensions)
            .WithName("ErpSandboxListDimensions")
            .WithSummary("Lists the dimensions (DEPARTMENT, COSTCENTER); supports $filter on id and code.");
        company.MapGet("dimensionValues", ListDimensionValues)
            .WithName("ErpSandboxListDimensionValues")
            .WithSummary("Lists every dimension's values; supports $filter on id, code, dimensionId, dimensionCode and blocked.");
        company.MapGet("dimensions({dimensionId:guid})/dimensionValues", ListValuesOfDimension)
            .WithName("ErpSandboxListValuesOfDimension")
            .WithSummary("Lists one dimension's values.");
        return company;
    }

    private static async Task<IResult> ListDimensions(
        Guid companyId, ErpSandboxDbContext db, [AsParameters] ODataQuery query, CancellationToken cancellationToken)
    {
        var filtered = DimensionFilters.Apply(db.Dimensions.AsNoTracking().Where(dimension => dimension.CompanyId == companyId), query.Filter);
        if (filtered.Error is not null)
            return filtered.Error.ToResult();
        var dimensions = await filtered.Value!.OrderBy(dimension => dimension.Code).ToListAsync(cancellationToken);
        return ErpResults.Collection(dimensions.Select(DimensionResponse.From));
    }

    private static Task<IResult> ListDimensionValues(
        Guid companyId, ErpSandboxDbContext db, [AsParameters] ODataQuery query, CancellationToken cancellationToken) =>
        ListValues(db.DimensionValues.Where(value => value.CompanyId == companyId), query, cancellationToken);

    private static async Task<IResult> ListValuesOfDimension(
        Guid companyId, Guid dimensionId, ErpSandboxDbContext db, [AsParameters] ODataQuery query, CancellationToken cancellationToken)
    {
        if (!await db.Dimensions.AnyAsync(dimension => dimension.CompanyId == companyId && dimension.Id == dimensionId, cancellationToken))
            return ErpError.NotFound().ToResult();
        return await ListValues(db.DimensionValues.Where(value => value.DimensionId == dimensionId), query, cancellationToken);
    }

    private static async Task<IResult> ListValues(
        IQueryable<DimensionValue> values, ODataQuery query, CancellationToken cancellationToken)
    {
        var filtered = ValueFilters.Apply(values.AsNoTracking().Include(value => value.Dimension), query.Filter);
        if (filtered.Error is not null)
            return filtered.Error.ToResult();
        var list = await filtered.Value!.OrderBy(value => value.Dimension.Code).ThenBy(value => value.Code).ToListAsync(cancellationToken);
        return ErpResults.Collection(list.Select(DimensionValueResponse.From));
    }
}
