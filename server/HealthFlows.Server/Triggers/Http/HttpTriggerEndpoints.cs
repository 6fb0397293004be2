using System.Text.Json;
using HealthFlows.Activities.Http;
using HealthFlows.Runtime.Execution;
using HealthFlows.Server.Apis.Contracts;
using HealthFlows.Server.Apis.Http;
using HealthFlows.Server.Messages;
using HealthFlows.Server.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Net.Http.Headers;

namespace HealthFlows.Server.Triggers.Http;

/// <summary>
/// Serves published HTTP Endpoint workflows under /workflows/{path} and resumes Wait for HTTP Callback bookmarks
/// under /workflows/callbacks/{name}/{correlationId}. Both check callers themselves, per workflow.
/// </summary>
public static class HttpTriggerEndpoints
{
    private const string Prefix = "/workflows";

    /// <summary>Maps the trigger routes; <paramref name="designerPath"/> lets a browser reloading a designer page under /workflows/ still get the designer.</summary>
    public static IEndpointRouteBuilder MapHttpTriggers(this IEndpointRouteBuilder routes, string? designerPath)
    {
        // Not in the OpenAPI document, which describes the /api surface (every operation there needs a key): these
        // routes belong to the published workflows and each checks its caller by the workflow's own setting.
        var group = routes.MapGroup(Prefix).AllowAnonymous().ExcludeFromDescription().RequireRateLimiting(RateLimits.Triggers);
        group.MapPost($"/{HttpEndpointSettings.ReservedPrefix}/{{name}}/{{correlationId}}", ResumeCallback)
            .WithName("ResumeHttpCallback")
            .WithSummary("Resumes the workflows waiting in Wait for HTTP Callback for this name and correlation id, once, with the body as payload.");
        var index = designerPath is null ? null : Path.Combine(designerPath, "index.html");
        group.Map("/{**path}", (HttpContext context, [AsParameters] HttpTriggerServices services) => ServeAsync(context, services, index));
        return routes;
    }

    public static async Task<IResult> ServeAsync(HttpContext context, HttpTriggerServices services, string? designerIndex)
    {
        var request = context.Request;
        request.Path.StartsWithSegments(Prefix, out var below);
        var path = below.Value?.TrimStart('/') ?? "";
        var table = await services.Routes.GetTableAsync(context.RequestAborted);
        var match = table.Match(below.HasValue ? below : "/", request.Method, context);
        if (match.Route is not { } route)
        {
            if (match.AllowedMethods.Count > 0)
            {
                context.Response.Headers.Allow = string.Join(", ", match.AllowedMethods);
                return HttpTriggerProblems.MethodNotAllowed(request.Method, path, match.AllowedMethods);
            }

            return IsBrowserNavigation(request) && designerIndex is not null && File.Exists(designerIndex)
                ? TypedResults.PhysicalFile(designerIndex, "text/html")
                : HttpTriggerProblems.NoRoute(path);
        }

        var settings = route.Settings;
        var refusal = await HttpCallerCheck.AuthorizeAsync(context, settings.Authorization)
            ?? HttpRequestReader.CheckContentType(request, settings.ContentTypes);
        if (refusal is not null)
        {
            return refusal;
        }

        var read = await HttpRequestReader.ReadAsync(request, path, match.Values, settings.MaxBodyBytes, context.RequestAborted);
        if (read.Failed)
        {
            return read.Problem!;
        }

        // Once the request is accepted the run must not die with the connection: a client that hangs up does not undo it.
        var stopping = services.Lifetime.ApplicationStopping;
        var (envelope, body) = read.Value;
        var input = envelope.ToJson();
        var correlationId = request.Headers["X-Correlation-Id"].FirstOrDefault();
        var version = route.Registration.Version;
        if (settings.Mode == HttpEndpointMode.Async)
        {
            var queued = await services.Runner.EnqueueAsync(version, input, correlationId, stopping);
            await services.RawMessages.RecordAsync(RawMessageRecorder.Http, path, request.ContentType, body, queued.Instance?.Id, stopping);
            services.Dispatcher.Enqueue(queued.Instance!.Id);
            return HttpTriggerResponses.Accepted(queued.Instance);
        }

        var slot = new HttpReplySlot();
        var result = await services.Runner.StartAsync(version, input, correlationId, new RunFeatures().Set(slot), stopping);
        await services.RawMessages.RecordAsync(RawMessageRecorder.Http, path, request.ContentType, body, result.Instance?.Id, stopping);
        if (result.Instance is { } instance)
        {
            context.Response.Headers[HttpTriggerResponses.InstanceHeader] = instance.Id;
        }

        // The run is committed by now: only a saved instance is ever acknowledged.
        return result.Status == RunStatus.Ok && slot.Reply is { } reply ? new HttpReplyResult(reply) : HttpTriggerResponses.ForRun(result);
    }

    public static async Task<Results<Ok<HttpCallbackResponse>, ProblemHttpResult>> ResumeCallback(
        string name, string correlationId, HttpContext context, [AsParameters] HttpTriggerServices services)
    {
        var waiting = await services.Bookmarks.FindByCorrelationAsync(HttpCallbacks.BookmarkName, HttpCallbacks.Key(name, correlationId), context.RequestAborted);
        if (waiting.Count == 0)
        {
            return NoWait(name);
        }

        var authorization = waiting[0].Data is { ValueKind: JsonValueKind.Object } data
            && data.TryGetProperty("authorization", out var text)
            && HttpAuthorization.TryParse(text.GetString(), out var parsed) ? parsed : HttpAuthorization.ApiKey;
        if (await HttpCallerCheck.AuthorizeAsync(context, authorization) is { } refusal)
        {
            return refusal;
        }

        var bytes = await RequestBody.ReadBytesAsync(context.Request, services.Options.Value.MaxRequestBodyBytes, context.RequestAborted);
        if (bytes.Failed)
        {
            return bytes.Problem!;
        }

        var payload = HttpRequestReader.DecodeBody(bytes.Value!, context.Request.ContentType);
        if (payload.Failed)
        {
            return payload.Problem!;
        }

        var resumed = new List<ExecutionResponse>();
        foreach (var bookmark in waiting)
        {
            var result = await services.Runner.ResumeAsync(bookmark.Id, payload.Value, services.Lifetime.ApplicationStopping);
            if (result.Status == RunStatus.Ok)
            {
                resumed.Add(ExecutionResponse.From(result.Instance!, result.Incidents));
            }
        }

        // Every one of them was taken by a concurrent call: the wait resumes once, so this call has nothing to resume.
        return resumed.Count == 0 ? NoWait(name) : TypedResults.Ok(new HttpCallbackResponse(resumed));
    }

    private static ProblemHttpResult NoWait(string name) =>
        Problems.NotFound($"No workflow is waiting for callback '{name}' with this correlation id (it was never awaited, or it was already resumed).");

    private static bool IsBrowserNavigation(HttpRequest request) =>
        (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
        && request.GetTypedHeaders().Accept.Any(a => a.MediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase));
}
