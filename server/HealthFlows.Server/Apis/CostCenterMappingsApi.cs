using HealthFlows.Runtime.MasterData;
using HealthFlows.Server.Apis.Contracts;
using HealthFlows.Server.Apis.Csv;
using HealthFlows.Server.Apis.Http;
using HealthFlows.Server.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace HealthFlows.Server.Apis;

/// <summary>Mappings from clinical values (department, location, hospital service) to cost centers, keyed by kind and source code.</summary>
public static class CostCenterMappingsApi
{
    public static RouteGroupBuilder MapCostCenterMappingsApi(this IEndpointRouteBuilder routes)
    {
        var api = routes.MapGroup("/api/cost-center-mappings").WithTags("Cost centers");
        api.MapGet("/", List).WithName("ListCostCenterMappings")
            .WithSummary("Lists mappings by kind and source code, filtered by ?kind=, ?costCenterCode= and ?search= (source code), paged.").RequireAuthorization(Policies.Read);
        api.MapGet("/{kind}/{sourceCode}", Get).WithName("GetCostCenterMapping").WithSummary("Gets the mapping of one clinical value.").RequireAuthorization(Policies.Read);
        api.MapPost("/", Create).WithName("CreateCostCenterMapping")
            .WithSummary("Maps a clinical value to a cost center (409 when it is mapped already, 422 when the cost center does not exist).")
            .DocumentsJsonBody<CostCenterMappingRequest>().RequireAuthorization(Policies.Operate);
        api.MapPut("/{kind}/{sourceCode}", Update).WithName("UpdateCostCenterMapping")
            .WithSummary("Points a mapping at another cost center; with the revision you read, a change made meanwhile answers 409.")
            .DocumentsJsonBody<CostCenterMappingRequest>().RequireAuthorization(Policies.Operate);
        api.MapDelete("/{kind}/{sourceCode}", Delete).WithName("DeleteCostCenterMapping").WithSummary("Deletes a mapping.").RequireAuthorization(Policies.Operate);
        api.MapPost("/import", Import).WithName("ImportCostCenterMappings")
            .WithSummary("Imports mappings from CSV, all rows or none: new ones are added, the others repointed (422 listing every bad row).")
            .DocumentsTextBody("CSV with a header row: kind,sourceCode,costCenterCode (kind: Department, Location or HospitalService).", CostCentersApi.CsvMediaTypes).RequireAuthorization(Policies.Operate);
        return api;
    }

    public static async Task<Results<Ok<ListResponse<CostCenterMapping>>, ProblemHttpResult>> List(
        [AsParameters] MasterDataApiServices services, string? kind, string? costCenterCode, string? search, int? page, int? pageSize, CancellationToken cancellationToken)
    {
        var (p, size, error) = Paging.Read(page, pageSize);
        if (error is not null)
        {
            return Problems.BadRequest(error);
        }

        CostCenterSourceKind? filter = null;
        if (kind is not null)
        {
            if (!SourceKinds.TryParse(kind, out var parsed))
            {
                return UnknownKind(kind);
            }

            filter = parsed;
        }

        var result = await services.Store.ListMappingsAsync(new CostCenterMappingQuery(filter, costCenterCode, search, p, size), cancellationToken);
        return TypedResults.Ok(new ListResponse<CostCenterMapping>(result.Items, result.TotalCount));
    }

    public static async Task<Results<Ok<CostCenterMapping>, ProblemHttpResult>> Get(
        [AsParameters] MasterDataApiServices services, string kind, string sourceCode, CancellationToken cancellationToken)
    {
        if (!SourceKinds.TryParse(kind, out var parsed))
        {
            return UnknownKind(kind);
        }

        return await services.Store.GetMappingAsync(parsed, sourceCode, cancellationToken) is { } mapping
            ? TypedResults.Ok(mapping)
            : NoMapping(parsed, sourceCode);
    }

    public static async Task<Results<Created<CostCenterMapping>, ProblemHttpResult>> Create(
        [AsParameters] MasterDataApiServices services, HttpRequest request, CancellationToken cancellationToken)
    {
        var body = await RequestBody.ReadAsync<CostCenterMappingRequest>(request, cancellationToken);
        if (body.Failed)
        {
            return body.Problem!;
        }

        if (body.Value!.Kind is not { } kind)
        {
            return MasterDataProblems.Invalid("The mapping is not valid.", [new MasterDataProblem(0, "kind", $"kind is required: {SourceKinds.Names}.")]);
        }

        var result = await services.Store.CreateMappingAsync(
            new CostCenterMapping { Kind = kind, SourceCode = body.Value.SourceCode ?? "", CostCenterCode = body.Value.CostCenterCode ?? "" }, cancellationToken);
        return result.Succeeded
            ? TypedResults.Created(Location(result.Value!), result.Value)
            : MasterDataProblems.From(result);
    }

    public static async Task<Results<Ok<CostCenterMapping>, ProblemHttpResult>> Update(
        [AsParameters] MasterDataApiServices services, string kind, string sourceCode, HttpRequest request, CancellationToken cancellationToken)
    {
        if (!SourceKinds.TryParse(kind, out var parsed))
        {
            return UnknownKind(kind);
        }

        var body = await RequestBody.ReadAsync<CostCenterMappingRequest>(request, cancellationToken);
        if (body.Failed)
        {
            return body.Problem!;
        }

        var given = body.Value!;
        if ((given.Kind is { } k && k != parsed) || (given.SourceCode is { } s && MasterDataRules.NormalizeCode(s) != MasterDataRules.NormalizeCode(sourceCode)))
        {
            return MasterDataProblems.Invalid("A mapping's kind and source code cannot change.",
                [new MasterDataProblem(0, "sourceCode", "The body names another kind or source code than the URL; delete this mapping and create the other.")]);
        }

        var result = await services.Store.UpdateMappingAsync(
            new CostCenterMapping { Kind = parsed, SourceCode = sourceCode, CostCenterCode = given.CostCenterCode ?? "" }, given.Revision, cancellationToken);
        return result.Succeeded ? TypedResults.Ok(result.Value!) : MasterDataProblems.From(result);
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> Delete(
        [AsParameters] MasterDataApiServices services, string kind, string sourceCode, CancellationToken cancellationToken)
    {
        if (!SourceKinds.TryParse(kind, out var parsed))
        {
            return UnknownKind(kind);
        }

        return await services.Store.DeleteMappingAsync(parsed, sourceCode, cancellationToken) ? TypedResults.NoContent() : NoMapping(parsed, sourceCode);
    }

    public static async Task<Results<Ok<ImportResponse>, ProblemHttpResult>> Import(
        [AsParameters] MasterDataApiServices services, HttpRequest request, CancellationToken cancellationToken)
    {
        var body = await CostCentersApi.ReadCsvAsync(request, cancellationToken);
        if (body.Failed)
        {
            return body.Problem!;
        }

        var file = CostCenterMappingCsv.Read(body.Value!);
        if (file.Errors.Count > 0)
        {
            return MasterDataProblems.InvalidCsv(file.Errors);
        }

        var result = await services.Store.ImportMappingsAsync(file.Items, cancellationToken);
        if (result.Error == Runtime.Definitions.OperationError.Invalid)
        {
            return MasterDataProblems.InvalidCsv([.. (result.Problems ?? []).Select(p => new CsvRowError(file.Rows[p.Index], p.Field, p.Message))]);
        }

        return result.Succeeded
            ? TypedResults.Ok(new ImportResponse(result.Value!.Inserted, result.Value.Updated, result.Value.Unchanged))
            : MasterDataProblems.From(result);
    }

    private static string Location(CostCenterMapping mapping) =>
        $"/api/cost-center-mappings/{mapping.Kind}/{Uri.EscapeDataString(mapping.SourceCode)}";

    private static ProblemHttpResult UnknownKind(string kind) =>
        Problems.BadRequest($"'{kind}' is not a kind of source; use {SourceKinds.Names}.");

    private static ProblemHttpResult NoMapping(CostCenterSourceKind kind, string sourceCode) =>
        Problems.NotFound($"There is no mapping of {CostCenterResolution.Describe(kind)} '{MasterDataRules.NormalizeCode(sourceCode)}'.");
}
