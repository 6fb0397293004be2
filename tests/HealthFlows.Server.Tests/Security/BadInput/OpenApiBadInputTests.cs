using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using HealthFlows.Server.Tests.Support;

namespace HealthFlows.Server.Tests.Security.BadInput;

/// <summary>
/// Walks every operation of the OpenAPI document and throws bad input at it: hostile and unknown route ids, malformed
/// JSON, wrong types, oversized and mislabelled bodies, hostile query values. Every answer must be a 4xx problem+json
/// (query values may also be accepted, never a 500), and nothing any list shows may change. New endpoints are walked by themselves.
/// </summary>
public sealed class OpenApiBadInputTests(BadInputFixture fixture) : IClassFixture<BadInputFixture>
{
    private const long OversizedBytes = 5 * 1024 * 1024;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private HttpClient Client => fixture.Host.Client;

    private IReadOnlyList<ApiOperation> Operations => fixture.Api.Operations;

    [Fact]
    public async Task EveryOperationWithARouteId_HostileOrUnknownIds_AnswerAProblem4xxAndChangeNothing()
    {
        var operations = Operations.Where(o => o.PathParameters.Count > 0).ToList();
        Assert.True(operations.Count >= 30, $"Only {operations.Count} operations take a route id.");

        await WalkAsync(operations, async (operation, failures) =>
        {
            foreach (var value in HostileValues.RouteValues)
            {
                using var request = new HttpRequestMessage(new HttpMethod(operation.Method), operation.Url(_ => value)) { Content = PlausibleBody(operation) };
                await ExpectProblemAsync(operation, request, $"id {Shorten(value)}", failures);
            }
        });
    }

    [Fact]
    public async Task EveryOperationWithARouteId_ANulByte_IsRefusedWith400BeforeTheAppAndChangesNothing()
    {
        // Kestrel refuses a NUL in the path while parsing the request, before any middleware: a bare 400, never the app.
        await WalkAsync(Operations.Where(o => o.PathParameters.Count > 0), async (operation, failures) =>
        {
            using var request = new HttpRequestMessage(new HttpMethod(operation.Method), operation.Url(_ => "%00")) { Content = PlausibleBody(operation) };
            using var response = await Client.SendAsync(request, Ct);
            if (response.StatusCode != HttpStatusCode.BadRequest)
            {
                failures.Add($"{operation} with a NUL byte: {(int)response.StatusCode}.");
            }
        });
    }

    [Fact]
    public async Task EveryOperationWithAJsonBody_MalformedJson_AnswersAProblem4xxAndChangesNothing()
    {
        await WalkAsync(Operations.Where(o => o.HasJsonBody), async (operation, failures) =>
        {
            var url = await RealUrlAsync(operation);
            foreach (var body in new[] { "{\"name\": ", "{'single': 'quotes'}", "{\"a\": 1,}", "\u0001\u0002", "{\"a\": \"\\uZZZZ\"}" })
            {
                using var request = new HttpRequestMessage(new HttpMethod(operation.Method), url) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
                await ExpectProblemAsync(operation, request, $"malformed body {Shorten(body)}", failures);
            }
        });
    }

    [Fact]
    public async Task EveryOperationWithAnObjectBody_WrongTypes_AnswerAProblem4xxAndChangeNothing()
    {
        var walked = 0;
        await WalkAsync(Operations.Where(o => o.HasJsonBody), async (operation, failures) =>
        {
            var schema = fixture.Api.Resolve(operation.BodySchema!.Value);
            if (!IsObject(schema))
            {
                return;
            }

            walked++;
            var url = await RealUrlAsync(operation);
            var bodies = new List<string> { "[1, 2, 3]", "\"a string\"", "42", "true" };
            if (WrongTyped(schema) is { } wrong)
            {
                bodies.Add(wrong.ToJsonString());
            }

            foreach (var body in bodies)
            {
                using var request = new HttpRequestMessage(new HttpMethod(operation.Method), url) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
                await ExpectProblemAsync(operation, request, $"wrong types {Shorten(body)}", failures);
            }
        });
        Assert.True(walked >= 8, $"Only {walked} operations declare an object body.");
    }

    [Fact]
    public async Task EveryOperationWithABody_OversizedPayload_Answers413ProblemAndChangesNothing()
    {
        await WalkAsync(Operations.Where(o => o.BodyMediaType is not null), async (operation, failures) =>
        {
            var url = await RealUrlAsync(operation);
            var huge = operation.HasJsonBody
                ? "{\"name\": \"" + new string('x', (int)OversizedBytes) + "\"}"
                : new string('x', (int)OversizedBytes);
            using var request = new HttpRequestMessage(new HttpMethod(operation.Method), url) { Content = new StringContent(huge, Encoding.UTF8, operation.BodyMediaType!) };
            await ExpectProblemAsync(operation, request, "oversized body", failures, expected: 413);
        });
    }

    [Fact]
    public async Task EveryOperationWithABody_AnUnacceptedMediaType_Answers415ProblemAndChangesNothing()
    {
        await WalkAsync(Operations.Where(o => o.BodyMediaType is not null), async (operation, failures) =>
        {
            var url = await RealUrlAsync(operation);
            var mediaType = operation.HasJsonBody ? "application/x-www-form-urlencoded" : "application/octet-stream";
            using var request = new HttpRequestMessage(new HttpMethod(operation.Method), url) { Content = new StringContent("name=x&id=1", Encoding.UTF8, mediaType) };
            await ExpectProblemAsync(operation, request, $"media type {mediaType}", failures, expected: 415);
        });
    }

    [Fact]
    public async Task EveryQueryParameter_HostileValues_NeverAnswer500_AndRefuseOnlyWithAProblem()
    {
        var operations = Operations.Where(o => o.QueryParameters.Count > 0).ToList();
        Assert.NotEmpty(operations);

        await WalkAsync(operations, async (operation, failures) =>
        {
            var url = await RealUrlAsync(operation);
            foreach (var parameter in operation.QueryParameters)
            {
                foreach (var value in HostileValues.QueryValues)
                {
                    using var request = new HttpRequestMessage(new HttpMethod(operation.Method), $"{url}?{parameter}={Uri.EscapeDataString(value)}") { Content = PlausibleBody(operation) };
                    using var response = await Client.SendAsync(request, Ct);
                    var status = (int)response.StatusCode;
                    if (status >= 500 || (status >= 400 && response.Content.Headers.ContentType?.MediaType != "application/problem+json"))
                    {
                        failures.Add($"{operation} ?{parameter}={Shorten(value)}: {status} {response.Content.Headers.ContentType?.MediaType}");
                    }
                }
            }
        }, queryOnly: true);
    }

    /// <summary>Runs <paramref name="attack"/> on each operation and checks afterwards that no list changed.</summary>
    private async Task WalkAsync(IEnumerable<ApiOperation> operations, Func<ApiOperation, List<string>, Task> attack, bool queryOnly = false)
    {
        var failures = new List<string>();
        var walked = 0;
        foreach (var operation in operations)
        {
            // A query value that is accepted may legitimately run a write (execute, publish); those walk reads only.
            if (queryOnly && operation.Method != "GET")
            {
                continue;
            }

            var before = await SnapshotAsync();
            await attack(operation, failures);
            var after = await SnapshotAsync();
            walked++;
            foreach (var (list, content) in before.Where(b => after[b.Key] != b.Value))
            {
                failures.Add($"{operation}: {list} changed.");
            }
        }

        Assert.True(walked > 0, "No operation was walked.");
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    private async Task ExpectProblemAsync(ApiOperation operation, HttpRequestMessage request, string what, List<string> failures, int? expected = null)
    {
        using var response = await Client.SendAsync(request, Ct);
        var status = (int)response.StatusCode;
        var mediaType = response.Content.Headers.ContentType?.MediaType;
        if (status is < 400 or >= 500 || (expected is { } code && status != code))
        {
            failures.Add($"{operation} with {what}: expected {expected?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "4xx"}, got {status}.");
        }
        else if (mediaType != "application/problem+json")
        {
            failures.Add($"{operation} with {what}: {status} answered as {mediaType ?? "no body"}, not problem+json.");
        }
    }

    /// <summary>Every list the API offers (GET operations without a route id), body by body.</summary>
    private async Task<Dictionary<string, string>> SnapshotAsync()
    {
        var lists = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var operation in Operations.Where(o => o.Method == "GET" && o.PathParameters.Count == 0))
        {
            using var response = await Client.GetAsync(operation.Path, Ct);
            lists[operation.Path] = $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync(Ct)}";
        }

        return lists;
    }

    /// <summary>The operation's URL with route values of something that exists (the first item of its collection), so the body is what gets refused.</summary>
    private async Task<string> RealUrlAsync(ApiOperation operation)
    {
        if (operation.PathParameters.Count == 0)
        {
            return operation.Path;
        }

        var collection = operation.Path[..(operation.Path.IndexOf("/{", StringComparison.Ordinal))];
        JsonElement? first = null;
        using (var response = await Client.GetAsync(collection, Ct))
        {
            if (response.IsSuccessStatusCode)
            {
                var list = await response.ReadJsonAsync();
                var items = list.ValueKind == JsonValueKind.Object && list.TryGetProperty("items", out var i) ? i : list;
                first = items.ValueKind == JsonValueKind.Array && items.GetArrayLength() > 0 ? items[0] : null;
            }
        }

        return operation.Url(parameter =>
        {
            if (parameter == "version")
            {
                return "1";
            }

            var value = first is { } item
                ? item.EnumerateObject().FirstOrDefault(p => p.NameEquals(parameter) || string.Equals(p.Name, parameter, StringComparison.OrdinalIgnoreCase)).Value is { ValueKind: not JsonValueKind.Undefined } named
                    ? named
                    : item.TryGetProperty("id", out var id) ? id : default
                : default;
            return Uri.EscapeDataString(value.ValueKind == JsonValueKind.Undefined ? "does-not-exist-7c41" : value.ToString());
        });
    }

    /// <summary>A well-formed body where one is required, so route attacks are not refused for a missing body alone.</summary>
    private static HttpContent? PlausibleBody(ApiOperation operation) => operation.BodyRequired ? operation.BodyMediaType switch
    {
        null => null,
        "application/json" => new StringContent("{}", Encoding.UTF8, "application/json"),
        var other => new StringContent("x", Encoding.UTF8, other),
    } : null;

    private static bool IsObject(JsonElement schema) =>
        schema.TryGetProperty("properties", out var properties) && properties.EnumerateObject().Any();

    /// <summary>The schema's object with every typed property given a value of another type; null when no property has a type.</summary>
    private JsonObject? WrongTyped(JsonElement schema)
    {
        var body = new JsonObject();
        foreach (var property in schema.GetProperty("properties").EnumerateObject())
        {
            var types = Types(fixture.Api.Resolve(property.Value));
            if (types.Count == 0)
            {
                continue;
            }

            body[property.Name] = types.Contains("string") ? JsonValue.Create(12345) : JsonValue.Create("not-the-declared-type");
        }

        return body.Count > 0 ? body : null;
    }

    private static HashSet<string> Types(JsonElement schema)
    {
        var types = new HashSet<string>(StringComparer.Ordinal);
        if (schema.TryGetProperty("type", out var type))
        {
            foreach (var name in type.ValueKind == JsonValueKind.Array ? type.EnumerateArray().Select(t => t.GetString()!) : [type.GetString()!])
            {
                types.Add(name);
            }
        }
        else if (schema.TryGetProperty("enum", out _))
        {
            types.Add("string");
        }

        types.Remove("null");
        return types;
    }

    private static string Shorten(string text) => text.Length > 40 ? text[..40] + "…" : text;
}
