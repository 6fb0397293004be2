using System.Text.Json.Nodes;
using HealthFlows.Server.Tests.Support;
using static HealthFlows.Server.Tests.Support.Workflows;

namespace HealthFlows.Server.Tests.Triggers.Mllp;

/// <summary>Workflows started by an MLLP Listener, and publishing them through the API.</summary>
public static class MllpWorkflows
{
    /// <summary>MLLP Listener → Parse ADT → Finish with the decoded family name (accepted) or the reasons (rejected).</summary>
    public static JsonObject Parsing(string id, int port, params (string Name, JsonNode? Value)[] settings) => new()
    {
        ["schemaVersion"] = 1,
        ["definitionId"] = id,
        ["name"] = "MLLP " + id,
        ["nodes"] = new JsonArray(
            Listener(port, settings),
            Node("parse", "ParseAdt", ("message", Expr("input.message"))),
            Node("ok", "Finish", ("output", Expr("({ accepted: true, family: outputs.parse.adt.patient.name.family, remote: outputs.start.remoteAddress })"))),
            Node("rejected", "Finish", ("output", Expr("({ accepted: false, reasons: outputs.parse.reasons })")))),
        ["connections"] = new JsonArray(Connect("start", "Done", "parse"), Connect("parse", "Parsed", "ok"), Connect("parse", "Invalid", "rejected")),
    };

    /// <summary>MLLP Listener → Fail: every message faults its instance.</summary>
    public static JsonObject Faulting(string id, int port) => new()
    {
        ["schemaVersion"] = 1,
        ["definitionId"] = id,
        ["name"] = "MLLP " + id,
        ["nodes"] = new JsonArray(Listener(port), Node("fail", "Fail", ("message", Literal("Cost center 4711 is closed")))),
        ["connections"] = new JsonArray(Connect("start", "Done", "fail")),
    };

    /// <summary>MLLP Listener → Delay: every instance is suspended (saved) when its ACK goes out.</summary>
    public static JsonObject Waiting(string id, int port) => new()
    {
        ["schemaVersion"] = 1,
        ["definitionId"] = id,
        ["name"] = "MLLP " + id,
        ["nodes"] = new JsonArray(Listener(port), Node("wait", "Delay", ("duration", Literal(3600)))),
        ["connections"] = new JsonArray(Connect("start", "Done", "wait")),
    };

    public static async Task PublishAsync(this HttpClient client, JsonObject workflow)
    {
        var ct = TestContext.Current.CancellationToken;
        await (await client.PostAsync("/api/workflow-definitions", ApiJson.Body(workflow), ct)).ShouldBeOkAsync(201);
        await (await client.PostAsync($"/api/workflow-definitions/{workflow["definitionId"]}/publish", null, ct)).ShouldBeOkAsync();
    }

    private static JsonObject Listener(int port, params (string Name, JsonNode? Value)[] settings) =>
        Node("start", "MllpListener", [("port", Literal(port)), .. settings.Select(s => (s.Name, Literal(s.Value)))]);
}
