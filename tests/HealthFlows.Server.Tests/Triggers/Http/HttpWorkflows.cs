using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using HealthFlows.Server.Tests.Support;
using static HealthFlows.Server.Tests.Support.Workflows;

namespace HealthFlows.Server.Tests.Triggers.Http;

/// <summary>Workflows started by an HTTP Endpoint, and publishing them through the API.</summary>
public static class HttpWorkflows
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>The HTTP Endpoint start node with the given settings (literal values).</summary>
    public static JsonObject Endpoint(string path, string[]? methods = null, string authorization = "apiKey", string mode = "sync", long? maxBodyBytes = null, string[]? contentTypes = null)
    {
        var node = Node("http", "HttpEndpoint",
            ("path", Literal(path)),
            ("methods", Literal(new JsonArray([.. (methods ?? ["POST"]).Select(m => JsonValue.Create(m))]))),
            ("authorization", Literal(authorization)),
            ("mode", Literal(mode)));
        var inputs = node["inputs"]!.AsObject();
        if (maxBodyBytes is { } max)
        {
            inputs["maxBodyBytes"] = Literal(max);
        }

        if (contentTypes is not null)
        {
            inputs["contentTypes"] = Literal(new JsonArray([.. contentTypes.Select(t => JsonValue.Create(t))]));
        }

        return node;
    }

    /// <summary>A workflow of the endpoint followed by <paramref name="steps"/> in a chain (each through Done).</summary>
    public static JsonObject Chain(string id, JsonObject endpoint, params JsonObject[] steps)
    {
        var nodes = new JsonArray(endpoint);
        var connections = new JsonArray();
        var previous = endpoint["id"]!.GetValue<string>();
        foreach (var step in steps)
        {
            nodes.Add(step);
            var current = step["id"]!.GetValue<string>();
            connections.Add(Connect(previous, "Done", current));
            previous = current;
        }

        return new JsonObject { ["schemaVersion"] = 1, ["definitionId"] = id, ["name"] = "HTTP " + id, ["nodes"] = nodes, ["connections"] = connections };
    }

    /// <summary>Creates (or saves a new draft of) the workflow and publishes it, returning the publish response.</summary>
    public static async Task<HttpResponseMessage> SaveAndPublishAsync(this HttpClient client, JsonObject definition)
    {
        var id = definition["definitionId"]!.GetValue<string>();
        var exists = (await client.GetAsync($"/api/workflow-definitions/{id}", Ct)).StatusCode == HttpStatusCode.OK;
        var saved = exists
            ? await client.PutAsync($"/api/workflow-definitions/{id}", ApiJson.Body(definition), Ct)
            : await client.PostAsync("/api/workflow-definitions", ApiJson.Body(definition), Ct);
        Assert.True(saved.IsSuccessStatusCode, await saved.Content.ReadAsStringAsync(Ct));
        return await client.PostAsync($"/api/workflow-definitions/{id}/publish", null, Ct);
    }

    public static async Task PublishAsync(this HttpClient client, JsonObject definition) =>
        await (await client.SaveAndPublishAsync(definition)).ShouldBeOkAsync();

    /// <summary>Reads an instance through the API until <paramref name="done"/> holds (background work has its own schedule), at most 20 s.</summary>
    public static async Task<JsonElement> PollInstanceAsync(this HttpClient client, string url, Func<JsonElement, bool> done)
    {
        var deadline = TimeProvider.System.GetUtcNow().AddSeconds(20);
        while (true)
        {
            var body = await (await client.GetAsync(url, Ct)).ShouldBeOkAsync();
            if (done(body) || TimeProvider.System.GetUtcNow() > deadline)
            {
                return body;
            }

            await Task.Delay(50, Ct);
        }
    }
}
