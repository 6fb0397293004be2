using System.Text.Json;
using HealthFlows.Server.Tests.Support;

namespace HealthFlows.Server.Tests.Security.BadInput;

/// <summary>The server's own OpenAPI document, read into operations; what the bad-input suite walks.</summary>
public sealed class ApiDocument
{
    private readonly JsonElement _document;

    private ApiDocument(JsonElement document, IReadOnlyList<ApiOperation> operations)
    {
        _document = document;
        Operations = operations;
    }

    public IReadOnlyList<ApiOperation> Operations { get; }

    public static async Task<ApiDocument> LoadAsync(HttpClient client)
    {
        var document = await (await client.GetAsync("/openapi/v1.json", TestContext.Current.CancellationToken)).ShouldBeOkAsync();
        var operations = new List<ApiOperation>();
        foreach (var path in document.GetProperty("paths").EnumerateObject())
        {
            var shared = path.Value.TryGetProperty("parameters", out var common) ? common.EnumerateArray().ToList() : [];
            foreach (var operation in path.Value.EnumerateObject().Where(o => o.Name != "parameters"))
            {
                var parameters = shared.Concat(operation.Value.TryGetProperty("parameters", out var own) ? own.EnumerateArray() : []).ToList();
                string? mediaType = null;
                JsonElement? schema = null;
                var required = false;
                if (operation.Value.TryGetProperty("requestBody", out var body) && body.TryGetProperty("content", out var content))
                {
                    var first = content.EnumerateObject().First();
                    mediaType = first.Name;
                    required = body.TryGetProperty("required", out var r) && r.GetBoolean();
                    schema = first.Value.TryGetProperty("schema", out var s) ? s : null;
                }

                operations.Add(new ApiOperation(
                    operation.Value.GetProperty("operationId").GetString()!,
                    operation.Name.ToUpperInvariant(),
                    path.Name,
                    [.. parameters.Where(p => p.GetProperty("in").GetString() == "path").Select(p => p.GetProperty("name").GetString()!)],
                    [.. parameters.Where(p => p.GetProperty("in").GetString() == "query").Select(p => p.GetProperty("name").GetString()!)],
                    mediaType,
                    required,
                    schema));
            }
        }

        return new ApiDocument(document, operations);
    }

    /// <summary>A schema with its <c>$ref</c> followed (components/schemas only, as the ASP.NET Core generator writes them).</summary>
    public JsonElement Resolve(JsonElement schema)
    {
        while (schema.TryGetProperty("$ref", out var reference))
        {
            var name = reference.GetString()!.Split('/')[^1];
            schema = _document.GetProperty("components").GetProperty("schemas").GetProperty(name);
        }

        return schema;
    }
}
