using System.Text.Json;
using HealthFlows.Runtime.Definitions;
using HealthFlows.Runtime.Execution;
using HealthFlows.Runtime.Model;
using HealthFlows.Server.Apis.Contracts;
using HealthFlows.Server.Apis.Http;
using HealthFlows.Server.Phi;
using HealthFlows.Server.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace HealthFlows.Server.Apis;

/// <summary>Workflow definitions: create, save drafts, publish, revert, import/export, validate and execute.</summary>
public static class WorkflowDefinitionsApi
{
    // Response metadata a client may send back with a definition; it is never stored as part of the document.
    private static readonly string[] MetadataFields = ["state", "revision", "createdAt", "updatedAt", "publishedAt", "versionNote"];

    public static RouteGroupBuilder MapWorkflowDefinitionsApi(this IEndpointRouteBuilder routes)
    {
        var api = routes.MapGroup("/api/workflow-definitions").WithTags("Workflow definitions");
        api.MapGet("/", List).WithName("ListWorkflowDefinitions").WithSummary("Lists definitions (newest version of each), filtered, sorted and paged.").RequireAuthorization(Policies.Read);
        api.MapPost("/", Create).WithName("CreateWorkflowDefinition").WithSummary("Creates a definition as a version 1 draft.").DocumentsJsonBody<WorkflowDefinition>().RequireAuthorization(Policies.EditDrafts);
        api.MapPost("/import", Import).WithName("ImportWorkflowDefinition").WithSummary("Imports a workflow file: a new definition, or a new draft of an existing one.").DocumentsJsonBody<WorkflowDefinition>().RequireAuthorization(Policies.EditDrafts);
        api.MapGet("/{definitionId}", Get).WithName("GetWorkflowDefinition").WithSummary("Gets the newest version (the draft when there is one).").RequireAuthorization(Policies.Read);
        api.MapPut("/{definitionId}", Save).WithName("SaveWorkflowDefinition").WithSummary("Saves the draft; send the version and revision you loaded (409 when stale).").DocumentsJsonBody<WorkflowDefinition>().RequireAuthorization(Policies.EditDrafts);
        api.MapDelete("/{definitionId}", Delete).WithName("DeleteWorkflowDefinition").WithSummary("Deletes a definition and all its versions; instances stay.").RequireAuthorization(Policies.Publish);
        api.MapGet("/{definitionId}/versions", ListVersions).WithName("ListWorkflowDefinitionVersions").WithSummary("Lists every version with its state and note.").RequireAuthorization(Policies.Read);
        api.MapGet("/{definitionId}/versions/{version:int}", GetVersion).WithName("GetWorkflowDefinitionVersion").WithSummary("Gets one version.").RequireAuthorization(Policies.Read);
        api.MapPost("/{definitionId}/publish", Publish).WithName("PublishWorkflowDefinition").WithSummary("Publishes the draft when it validates (422 with the problems otherwise).").DocumentsJsonBody<PublishRequest>(required: false).RequireAuthorization(Policies.Publish);
        api.MapPost("/{definitionId}/retract", Retract).WithName("RetractWorkflowDefinition").WithSummary("Takes the published version out of service (it becomes archived); its triggers stop at once.").RequireAuthorization(Policies.Publish);
        api.MapPost("/{definitionId}/revert/{version:int}", Revert).WithName("RevertWorkflowDefinition").WithSummary("Copies an old version into the draft.").RequireAuthorization(Policies.Publish);
        api.MapGet("/{definitionId}/export", Export).WithName("ExportWorkflowDefinition").WithSummary("Downloads the newest version as a workflow file.").RequireAuthorization(Policies.Read);
        api.MapPost("/{definitionId}/validate", Validate).WithName("ValidateWorkflowDefinition").WithSummary("Validates the posted definition, or the newest stored version when the body is empty.").DocumentsJsonBody<WorkflowDefinition>(required: false).RequireAuthorization(Policies.Read);
        api.MapPost("/{definitionId}/execute", Execute).WithName("ExecuteWorkflowDefinition").WithSummary("Runs the published version (or ?version=) with the JSON body as input.").DocumentsJsonBody<JsonElement>(required: false).RequireAuthorization(Policies.Execute).MaskPhi();
        return api;
    }

    public static async Task<Results<Ok<ListResponse<WorkflowDefinitionSummary>>, ProblemHttpResult>> List(
        [AsParameters] DefinitionApiServices services, string? search, string? status, string? sort, int? page, int? pageSize, CancellationToken cancellationToken)
    {
        var (p, size, error) = Paging.Read(page, pageSize);
        if (error is not null)
        {
            return Problems.BadRequest(error);
        }

        if (status is not null and not ("published" or "draft"))
        {
            return Problems.BadRequest("status is 'published' or 'draft'.");
        }

        if (sort is not null and not ("name" or "updatedAt"))
        {
            return Problems.BadRequest("sort is 'name' or 'updatedAt'.");
        }

        var result = await services.Store.ListAsync(new DefinitionQuery(search, status, sort ?? "updatedAt", p, size), cancellationToken);
        return TypedResults.Ok(new ListResponse<WorkflowDefinitionSummary>(result.Items, result.TotalCount));
    }

    public static Task<Results<Created<WorkflowDefinitionResponse>, ProblemHttpResult>> Create(
        [AsParameters] DefinitionApiServices services, HttpRequest request, CancellationToken cancellationToken) =>
        CreateFromBodyAsync(request, services.Definitions.CreateAsync, cancellationToken);

    public static Task<Results<Created<WorkflowDefinitionResponse>, ProblemHttpResult>> Import(
        [AsParameters] DefinitionApiServices services, HttpRequest request, CancellationToken cancellationToken) =>
        CreateFromBodyAsync(request, services.Definitions.ImportAsync, cancellationToken);

    public static async Task<Results<Ok<WorkflowDefinitionResponse>, ProblemHttpResult>> Get(
        [AsParameters] DefinitionApiServices services, string definitionId, CancellationToken cancellationToken)
    {
        var versions = await services.Store.GetVersionsAsync(definitionId, cancellationToken);
        return versions.Count == 0 ? NoSuchDefinition(definitionId) : TypedResults.Ok(WorkflowDefinitionResponse.From(versions[^1]));
    }

    public static async Task<Results<Ok<WorkflowDefinitionResponse>, ProblemHttpResult>> Save(
        [AsParameters] DefinitionApiServices services, string definitionId, HttpRequest request, CancellationToken cancellationToken)
    {
        var body = await ReadDefinitionAsync(request, cancellationToken);
        if (body.Failed)
        {
            return body.Problem!;
        }

        var (definition, expectedRevision) = body.Value!;
        int? expectedVersion = definition.Version > 0 ? definition.Version : null;
        var result = await services.Definitions.SaveDraftAsync(definitionId, definition, expectedVersion, expectedRevision, cancellationToken);
        return result.Succeeded ? TypedResults.Ok(WorkflowDefinitionResponse.From(result.Value!)) : Problems.From(result);
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> Delete(
        [AsParameters] DefinitionApiServices services, string definitionId, CancellationToken cancellationToken) =>
        await services.Definitions.DeleteAsync(definitionId, cancellationToken) ? TypedResults.NoContent() : NoSuchDefinition(definitionId);

    public static async Task<Results<Ok<ListResponse<VersionSummary>>, ProblemHttpResult>> ListVersions(
        [AsParameters] DefinitionApiServices services, string definitionId, CancellationToken cancellationToken)
    {
        var versions = await services.Store.GetVersionsAsync(definitionId, cancellationToken);
        return versions.Count == 0
            ? NoSuchDefinition(definitionId)
            : TypedResults.Ok(new ListResponse<VersionSummary>([.. versions.Select(VersionSummary.From)], versions.Count));
    }

    public static async Task<Results<Ok<WorkflowDefinitionResponse>, ProblemHttpResult>> GetVersion(
        [AsParameters] DefinitionApiServices services, string definitionId, int version, CancellationToken cancellationToken)
    {
        var stored = await services.Store.GetVersionAsync(definitionId, version, cancellationToken);
        return stored is null
            ? Problems.NotFound($"Workflow '{definitionId}' has no version {version}.")
            : TypedResults.Ok(WorkflowDefinitionResponse.From(stored));
    }

    public static async Task<Results<Ok<WorkflowDefinitionResponse>, ProblemHttpResult>> Publish(
        [AsParameters] DefinitionApiServices services, string definitionId, HttpRequest request, CancellationToken cancellationToken)
    {
        var body = await RequestBody.ReadJsonAsync(request, allowEmpty: true, cancellationToken);
        if (body.Failed)
        {
            return body.Problem!;
        }

        string? note = null;
        if (body.Value is { } json)
        {
            if (json.ValueKind != JsonValueKind.Object || (json.TryGetProperty("note", out var n) && n.ValueKind is not (JsonValueKind.String or JsonValueKind.Null)))
            {
                return Problems.BadRequest("The body is optional; when sent it is { \"note\": \"text\" }.");
            }

            note = json.TryGetProperty("note", out var text) && text.ValueKind == JsonValueKind.String ? text.GetString() : null;
        }

        var result = await services.Definitions.PublishAsync(definitionId, note, cancellationToken);
        return result.Succeeded ? TypedResults.Ok(WorkflowDefinitionResponse.From(result.Value!)) : Problems.From(result);
    }

    public static async Task<Results<Ok<WorkflowDefinitionResponse>, ProblemHttpResult>> Retract(
        [AsParameters] DefinitionApiServices services, string definitionId, CancellationToken cancellationToken)
    {
        var result = await services.Definitions.RetractAsync(definitionId, cancellationToken);
        return result.Succeeded ? TypedResults.Ok(WorkflowDefinitionResponse.From(result.Value!)) : Problems.From(result);
    }

    public static async Task<Results<Ok<WorkflowDefinitionResponse>, ProblemHttpResult>> Revert(
        [AsParameters] DefinitionApiServices services, string definitionId, int version, CancellationToken cancellationToken)
    {
        var result = await services.Definitions.RevertAsync(definitionId, version, cancellationToken);
        return result.Succeeded ? TypedResults.Ok(WorkflowDefinitionResponse.From(result.Value!)) : Problems.From(result);
    }

    public static async Task<Results<FileContentHttpResult, ProblemHttpResult>> Export(
        [AsParameters] DefinitionApiServices services, string definitionId, CancellationToken cancellationToken)
    {
        var versions = await services.Store.GetVersionsAsync(definitionId, cancellationToken);
        if (versions.Count == 0)
        {
            return NoSuchDefinition(definitionId);
        }

        var document = WorkflowJson.Serialize(versions[^1].Definition);
        return TypedResults.File(System.Text.Encoding.UTF8.GetBytes(document), "application/json", $"{definitionId}.workflow.json");
    }

    public static async Task<Results<Ok<ValidationResponse>, ProblemHttpResult>> Validate(
        [AsParameters] DefinitionApiServices services, string definitionId, HttpRequest request, CancellationToken cancellationToken)
    {
        var json = await RequestBody.ReadJsonAsync(request, allowEmpty: true, cancellationToken);
        if (json.Failed)
        {
            return json.Problem!;
        }

        WorkflowDefinition definition;
        if (json.Value is null)
        {
            var versions = await services.Store.GetVersionsAsync(definitionId, cancellationToken);
            if (versions.Count == 0)
            {
                return NoSuchDefinition(definitionId);
            }

            definition = versions[^1].Definition;
        }
        else
        {
            var parsed = ParseDefinition(json.Value.Value);
            if (parsed.Failed)
            {
                return parsed.Problem!;
            }

            definition = parsed.Value!.Definition;
            definition.DefinitionId = definitionId;
        }

        var result = services.Validator.Validate(definition);
        return TypedResults.Ok(new ValidationResponse(result.Valid, result.Problems));
    }

    public static async Task<Results<Ok<ExecutionResponse>, Accepted<ExecutionResponse>, ProblemHttpResult>> Execute(
        [AsParameters] DefinitionApiServices services, string definitionId, HttpRequest request, bool? wait, int? version, string? correlationId, CancellationToken cancellationToken)
    {
        var user = request.HttpContext.User;
        var input = await RequestBody.ReadJsonAsync(request, allowEmpty: true, cancellationToken);
        if (input.Failed)
        {
            return input.Problem!;
        }

        var target = version is { } v
            ? await services.Definitions.GetVersionAsync(definitionId, v, cancellationToken)
            : await services.Definitions.GetPublishedAsync(definitionId, cancellationToken);
        if (target is null)
        {
            var exists = (await services.Store.GetVersionsAsync(definitionId, cancellationToken)).Count > 0;
            return !exists ? NoSuchDefinition(definitionId)
                : version is null ? Problems.Conflict($"Workflow '{definitionId}' has no published version yet; publish it or pass ?version=.")
                : Problems.NotFound($"Workflow '{definitionId}' has no version {version}.");
        }

        // An Analyst test-runs drafts; running a version in service is production work (Operator).
        if (target.State != VersionState.Draft && !user.IsInRole(Roles.Operator) && !user.IsInRole(Roles.Admin))
        {
            return TypedResults.Problem($"Version {target.Version} is {target.State.ToString().ToLowerInvariant()}; running it needs the Operator role (Analysts run drafts).",
                statusCode: StatusCodes.Status403Forbidden, title: "Forbidden");
        }

        // Published and archived versions were validated when published and cannot change; only drafts need a check.
        if (target.State == VersionState.Draft && services.Validator.Validate(target.Definition) is { Valid: false } problems)
        {
            return Problems.Invalid($"Version {target.Version} cannot run until its problems are fixed.", problems.Problems);
        }

        correlationId ??= request.Headers["X-Correlation-Id"].FirstOrDefault();
        if (wait == false)
        {
            var queued = await services.Runner.EnqueueAsync(target, input.Value, correlationId, cancellationToken);
            services.Dispatcher.Enqueue(queued.Instance!.Id);
            return TypedResults.Accepted($"/api/workflow-instances/{queued.Instance.Id}", ExecutionResponse.From(queued.Instance, []));
        }

        var result = await services.Runner.StartAsync(target, input.Value, correlationId, cancellationToken);
        return result.Status == RunStatus.Ok
            ? TypedResults.Ok(ExecutionResponse.From(result.Instance!, result.Incidents))
            : Problems.Conflict(result.Message ?? "The instance could not be saved.");
    }

    private static async Task<Results<Created<WorkflowDefinitionResponse>, ProblemHttpResult>> CreateFromBodyAsync(
        HttpRequest request, Func<WorkflowDefinition, CancellationToken, Task<OperationResult<WorkflowDefinitionVersion>>> operation, CancellationToken cancellationToken)
    {
        var body = await ReadDefinitionAsync(request, cancellationToken);
        if (body.Failed)
        {
            return body.Problem!;
        }

        var result = await operation(body.Value!.Definition, cancellationToken);
        return result.Succeeded
            ? TypedResults.Created($"/api/workflow-definitions/{result.Value!.DefinitionId}", WorkflowDefinitionResponse.From(result.Value))
            : Problems.From(result);
    }

    private static ProblemHttpResult NoSuchDefinition(string definitionId) => Problems.NotFound($"There is no workflow with id '{definitionId}'.");

    private static async Task<BodyResult<(WorkflowDefinition Definition, int? Revision)>> ReadDefinitionAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var json = await RequestBody.ReadJsonAsync(request, allowEmpty: false, cancellationToken);
        return json.Failed ? new(default, json.Problem) : ParseDefinition(json.Value!.Value);
    }

    private static BodyResult<(WorkflowDefinition Definition, int? Revision)> ParseDefinition(JsonElement json)
    {
        if (json.ValueKind != JsonValueKind.Object)
        {
            return new(default, Problems.BadRequest("A workflow definition is a JSON object."));
        }

        WorkflowDefinition? definition;
        try
        {
            definition = json.Deserialize<WorkflowDefinition>(WorkflowJson.Options);
        }
        catch (JsonException ex)
        {
            var where = ex.Path is { Length: > 0 } path ? $" at {path}" : "";
            return new(default, Problems.BadRequest($"{ex.Message.Split(" Path:", 2)[0].TrimEnd('.')}{where}.", "The body is not a workflow definition"));
        }

        if (definition is null)
        {
            return new(default, Problems.BadRequest("The body is null."));
        }

        var shapeError = DefinitionShape.Check(definition);
        if (shapeError is not null)
        {
            return new(default, Problems.BadRequest(shapeError, "The body is not a workflow definition"));
        }

        int? revision = null;
        if (definition.Extensions is { } extra)
        {
            if (extra.TryGetValue("revision", out var r) && r.ValueKind == JsonValueKind.Number && r.TryGetInt32(out var rev))
            {
                revision = rev;
            }

            foreach (var field in MetadataFields)
            {
                extra.Remove(field);
            }

            if (extra.Count == 0)
            {
                definition.Extensions = null;
            }
        }

        return new((definition, revision), null);
    }
}
