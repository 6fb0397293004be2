using HealthFlows.Runtime.MasterData;
using HealthFlows.Runtime.Stores;
using HealthFlows.Server.Apis.Contracts;
using HealthFlows.Server.Apis.Csv;
using HealthFlows.Server.Apis.Http;
using HealthFlows.Server.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace HealthFlows.Server.Apis;

/// <summary>Cost centers: list, read, create, replace, delete, and the all-or-nothing CSV import.</summary>
public static class CostCentersApi
{
    /// <summary>The media types a CSV import accepts; text/plain for tools that cannot set text/csv.</summary>
    public static readonly string[] CsvMediaTypes = ["text/csv", "application/csv", "text/plain"];

    public static RouteGroupBuilder MapCostCentersApi(this IEndpointRouteBuilder routes)
    {
        var api = routes.MapGroup("/api/cost-centers").WithTags("Cost centers");
        api.MapGet("/", List).WithName("ListCostCenters").WithSummary("Lists cost centers by code, filtered by ?search= (code or name) and ?active=, paged.").RequireAuthorization(Policies.Read);
        api.MapGet("/{code}", Get).WithName("GetCostCenter").WithSummary("Gets one cost center.").RequireAuthorization(Policies.Read);
        api.MapPost("/", Create).WithName("CreateCostCenter")
            .WithSummary("Creates a cost center (409 when the code exists, 422 listing every problem).").DocumentsJsonBody<CostCenterRequest>().RequireAuthorization(Policies.Operate);
        api.MapPut("/{code}", Update).WithName("UpdateCostCenter")
            .WithSummary("Replaces a cost center; with the revision you read, a change made meanwhile answers 409 instead of being overwritten.").DocumentsJsonBody<CostCenterRequest>().RequireAuthorization(Policies.Operate);
        api.MapDelete("/{code}", Delete).WithName("DeleteCostCenter").WithSummary("Deletes a cost center (409 while mappings book to it).").RequireAuthorization(Policies.Operate);
        api.MapPost("/import", Import).WithName("ImportCostCenters")
            .WithSummary("Imports cost centers from CSV, all rows or none: new codes are added, the others updated (422 listing every bad row).")
            .DocumentsTextBody("CSV with a header row: code,name,active,effectiveFrom,effectiveTo,erpId (code and name required).", CsvMediaTypes).RequireAuthorization(Policies.Operate);
        return api;
    }

    public static async Task<Results<Ok<ListResponse<CostCenter>>, ProblemHttpResult>> List(
        [AsParameters] MasterDataApiServices services, string? search, bool? active, int? page, int? pageSize, CancellationToken cancellationToken)
    {
        var (p, size, error) = Paging.Read(page, pageSize);
        if (error is not null)
        {
            return Problems.BadRequest(error);
        }

        var result = await services.Store.ListCostCentersAsync(new CostCenterQuery(search, active, p, size), cancellationToken);
        return TypedResults.Ok(new ListResponse<CostCenter>(result.Items, result.TotalCount));
    }

    public static async Task<Results<Ok<CostCenter>, ProblemHttpResult>> Get(
        [AsParameters] MasterDataApiServices services, string code, CancellationToken cancellationToken) =>
        await services.Store.GetCostCenterAsync(code, cancellationToken) is { } costCenter
            ? TypedResults.Ok(costCenter)
            : Problems.NotFound($"There is no cost center '{MasterDataRules.NormalizeCode(code)}'.");

    public static async Task<Results<Created<CostCenter>, ProblemHttpResult>> Create(
        [AsParameters] MasterDataApiServices services, HttpRequest request, CancellationToken cancellationToken)
    {
        var body = await RequestBody.ReadAsync<CostCenterRequest>(request, cancellationToken);
        if (body.Failed)
        {
            return body.Problem!;
        }

        var result = await services.Store.CreateCostCenterAsync(ToCostCenter(body.Value!, body.Value!.Code), cancellationToken);
        return result.Succeeded
            ? TypedResults.Created($"/api/cost-centers/{Uri.EscapeDataString(result.Value!.Code)}", result.Value)
            : MasterDataProblems.From(result);
    }

    public static async Task<Results<Ok<CostCenter>, ProblemHttpResult>> Update(
        [AsParameters] MasterDataApiServices services, string code, HttpRequest request, CancellationToken cancellationToken)
    {
        var body = await RequestBody.ReadAsync<CostCenterRequest>(request, cancellationToken);
        if (body.Failed)
        {
            return body.Problem!;
        }

        var given = body.Value!;
        if (given.Code is not null && MasterDataRules.NormalizeCode(given.Code) != MasterDataRules.NormalizeCode(code))
        {
            return MasterDataProblems.Invalid("A cost center's code cannot change.",
                [new MasterDataProblem(0, "code", $"The body's code '{given.Code}' is not the code in the URL ('{code}'); create a new cost center instead.")]);
        }

        var result = await services.Store.UpdateCostCenterAsync(ToCostCenter(given, code), given.Revision, cancellationToken);
        return result.Succeeded ? TypedResults.Ok(result.Value!) : MasterDataProblems.From(result);
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> Delete(
        [AsParameters] MasterDataApiServices services, string code, CancellationToken cancellationToken)
    {
        var result = await services.Store.DeleteCostCenterAsync(code, cancellationToken);
        return result.Succeeded ? TypedResults.NoContent() : MasterDataProblems.From(result);
    }

    public static async Task<Results<Ok<ImportResponse>, ProblemHttpResult>> Import(
        [AsParameters] MasterDataApiServices services, HttpRequest request, CancellationToken cancellationToken)
    {
        var body = await ReadCsvAsync(request, cancellationToken);
        if (body.Failed)
        {
            return body.Problem!;
        }

        var file = CostCenterCsv.Read(body.Value!);
        if (file.Errors.Count > 0)
        {
            return MasterDataProblems.InvalidCsv(file.Errors);
        }

        try
        {
            var counts = await services.Store.UpsertCostCentersAsync(file.Items, cancellationToken);
            return TypedResults.Ok(new ImportResponse(counts.Inserted, counts.Updated, counts.Unchanged));
        }
        catch (ConcurrencyConflictException ex)
        {
            return Problems.Conflict(ex.Message);
        }
    }

    /// <summary>Reads a CSV body: 415 for another media type, 400 when empty or not UTF-8, 413 when too large.</summary>
    internal static async Task<BodyResult<byte[]>> ReadCsvAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var body = await RequestBody.ReadRawAsync(request, CsvMediaTypes, "a CSV file", cancellationToken);
        return body.Failed || CsvTable.IsUtf8(body.Value!)
            ? body
            : new(null, Problems.BadRequest("The file is not UTF-8 text; save it as \"CSV UTF-8\".", "The CSV file cannot be read"));
    }

    private static CostCenter ToCostCenter(CostCenterRequest request, string? code) => new()
    {
        Code = code ?? "",
        Name = request.Name ?? "",
        Active = request.Active ?? true,
        EffectiveFrom = request.EffectiveFrom,
        EffectiveTo = request.EffectiveTo,
        ErpId = request.ErpId,
    };
}
