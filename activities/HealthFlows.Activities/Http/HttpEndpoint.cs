using System.Text.Json;
using HealthFlows.Runtime.Activities;
using HealthFlows.Runtime.Model;

namespace HealthFlows.Activities.Http;

/// <summary>
/// Starts the workflow when a request arrives at /workflows/{path}. The server matches the route, checks the caller,
/// size and media type, and saves the request (<see cref="HttpRequestEnvelope"/>) as the instance input; this
/// activity turns that input into outputs later steps read as <c>outputs.&lt;node&gt;.body</c> and so on.
/// </summary>
[Activity(TypeName, "Triggers", DisplayName = "HTTP Endpoint", Kind = ActivityKind.Trigger, Icon = "play",
    Description = "Starts the workflow when a request arrives at /workflows/{path}. Sync mode answers with the first HTTP Response; async mode answers 202 with the instance id.")]
public sealed class HttpEndpoint : Activity
{
    public const string TypeName = "HttpEndpoint";

    [Input(Description = "Route template below /workflows/, e.g. charge-capture or orders/{id}; route values become outputs.", Required = true)]
    public Input<string> Path { get; } = new();

    [Input(DisplayName = "Allowed methods", Description = "HTTP methods this endpoint answers, e.g. [\"POST\"]; others get 405.")]
    public Input<List<string>> Methods { get; } = new(["POST"]);

    [Input(Description = "Who may call: anonymous, apiKey (any valid X-Api-Key) or role:<name> (a key with that role).")]
    public Input<string> Authorization { get; } = new("apiKey");

    [Input(DisplayName = "Max body bytes", Description = "Largest request body accepted; larger ones get 413.")]
    public Input<long> MaxBodyBytes { get; } = new(1024 * 1024);

    [Input(DisplayName = "Accepted content types", Description = "Media types accepted for a request body, e.g. [\"application/json\", \"text/*\"]; empty accepts any. Others get 415.")]
    public Input<List<string>> ContentTypes { get; } = new(["application/json"]);

    [Input(Description = "sync: the caller waits for the run and gets the first HTTP Response; async: 202 with the instance id once saved.", Options = ["sync", "async"])]
    public Input<string> Mode { get; } = new("sync");

    [Input(DisplayName = "Correlation id", Description = "The instance's correlation id when the request has no X-Correlation-Id header, e.g. input.body.orderId.", DefaultMode = InputMode.Expression)]
    public Input<string> CorrelationId { get; } = new();

    [Output(Description = "The body: parsed JSON for a JSON media type, otherwise the text; null when empty.")]
    public Output<JsonElement> Body { get; } = new();

    [Output(DisplayName = "Raw body", Description = "The body as text.")]
    public Output<string> RawBody { get; } = new();

    [Output(Description = "Request headers by lower-case name (Authorization, X-Api-Key and cookies are never kept).")]
    public Output<Dictionary<string, string>> Headers { get; } = new();

    [Output(Description = "Query parameters: a string, or a list when repeated.")]
    public Output<Dictionary<string, JsonElement>> Query { get; } = new();

    [Output(DisplayName = "Route values", Description = "The values of the path's {parameters}.")]
    public Output<Dictionary<string, string>> RouteValues { get; } = new();

    [Output(Description = "The HTTP method, e.g. POST.")]
    public Output<string> Method { get; } = new();

    [Output(DisplayName = "Content type", Description = "The request's Content-Type, or empty.")]
    public Output<string> ContentType { get; } = new();

    public override ValueTask<ActivityResult> ExecuteAsync(ActivityExecutionContext context)
    {
        // A test run through the execute API has no envelope: its whole input is taken as a JSON body.
        var request = HttpRequestEnvelope.From(context.WorkflowInput)
            ?? new HttpRequestEnvelope { Body = context.WorkflowInput, ContentType = "application/json" };
        var body = request.Body ?? JsonSerializer.SerializeToElement<object?>(null);
        context.Set(Body, body);
        context.Set(RawBody, body.ValueKind switch
        {
            JsonValueKind.String => body.GetString()!,
            JsonValueKind.Null or JsonValueKind.Undefined => "",
            _ => body.GetRawText(),
        });
        context.Set(Headers, request.Headers);
        context.Set(Query, request.Query);
        context.Set(RouteValues, request.RouteValues);
        context.Set(Method, request.Method);
        context.Set(ContentType, request.ContentType ?? "");

        if (string.IsNullOrWhiteSpace(context.CorrelationId) && context.Get(CorrelationId) is { Length: > 0 } correlationId)
        {
            context.SetCorrelationId(correlationId);
        }

        return ValueTask.FromResult(ActivityResult.Done());
    }

    /// <summary>Reads a node's route settings; they must be fixed values because routes are built before any run.</summary>
    public HttpEndpointSettings ReadSettings(WorkflowNode node)
    {
        var problems = new List<string>();
        var path = (Literal(node, Path, problems) ?? "").Trim().Trim('/');
        if (path.Length == 0)
        {
            problems.Add("The path is empty.");
        }
        else if (path.Equals(HttpEndpointSettings.ReservedPrefix, StringComparison.OrdinalIgnoreCase)
            || path.StartsWith(HttpEndpointSettings.ReservedPrefix + "/", StringComparison.OrdinalIgnoreCase))
        {
            problems.Add($"Paths starting with '{HttpEndpointSettings.ReservedPrefix}/' are reserved for HTTP callbacks.");
        }

        var methods = (Literal(node, Methods, problems) ?? [])
            .Where(m => !string.IsNullOrWhiteSpace(m))
            .Select(m => m.Trim().ToUpperInvariant())
            .Distinct(StringComparer.Ordinal)
            .ToList();
        if (methods.Count == 0)
        {
            problems.Add("Allowed methods lists no method.");
        }

        var authorizationText = Literal(node, Authorization, problems);
        if (!HttpAuthorization.TryParse(authorizationText, out var authorization))
        {
            problems.Add($"Authorization '{authorizationText}' is not anonymous, apiKey or role:<name>.");
        }

        var maxBodyBytes = Literal(node, MaxBodyBytes, problems);
        if (maxBodyBytes <= 0)
        {
            problems.Add("Max body bytes must be above 0.");
        }

        var contentTypes = (Literal(node, ContentTypes, problems) ?? []).Where(t => !string.IsNullOrWhiteSpace(t)).Select(t => t.Trim()).ToList();
        var mode = Literal(node, Mode, problems)?.Trim().ToLowerInvariant() switch
        {
            "async" => HttpEndpointMode.Async,
            "sync" or null or "" => HttpEndpointMode.Sync,
            var other => Invalid(problems, $"Mode '{other}' is not sync or async."),
        };

        return new HttpEndpointSettings(path, methods, authorization, maxBodyBytes, contentTypes, mode, [.. problems.Select(p => $"Node '{node.Id}': {p}")]);
    }

    private static HttpEndpointMode Invalid(List<string> problems, string problem)
    {
        problems.Add(problem);
        return HttpEndpointMode.Sync;
    }

    private static T? Literal<T>(WorkflowNode node, Input<T> input, List<string> problems)
    {
        if (!node.Inputs.TryGetValue(input.Name, out var given) || given.Value is not { } value || value.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined)
        {
            return input.Default;
        }

        if (given.Mode == InputMode.Expression)
        {
            problems.Add($"'{input.Name}' must be a fixed value: routes are built before any run, so it cannot be an expression.");
            return input.Default;
        }

        try
        {
            return value.Deserialize<T>(WorkflowJson.Options);
        }
        catch (JsonException)
        {
            problems.Add($"'{input.Name}' has a value of the wrong type ({value.ValueKind.ToString().ToLowerInvariant()}).");
            return input.Default;
        }
    }
}
