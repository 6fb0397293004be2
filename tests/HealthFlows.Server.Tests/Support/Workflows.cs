using System.Text.Json.Nodes;

namespace HealthFlows.Server.Tests.Support;

/// <summary>Workflow documents the API tests post.</summary>
public static class Workflows
{
    /// <summary>Start → If(input.n > 10) → Finish with a label; a minimal valid workflow.</summary>
    public static JsonObject Threshold(string id, int threshold = 10) => new()
    {
        ["schemaVersion"] = 1,
        ["definitionId"] = id,
        ["name"] = "Threshold " + id,
        ["nodes"] = new JsonArray(
            Node("start", "Start"),
            Node("check", "If", ("condition", Expr($"input.n > {threshold}"))),
            Node("big", "Finish", ("output", Expr("({ label: 'big' })"))),
            Node("small", "Finish", ("output", Expr("({ label: 'small' })")))),
        ["connections"] = new JsonArray(Connect("start", "Done", "check"), Connect("check", "True", "big"), Connect("check", "False", "small")),
    };

    /// <summary>Start → Delay(seconds) → Finish({ version }): suspends, for bookmark and pinning tests.</summary>
    public static JsonObject Waiting(string id, string marker = "v1", int seconds = 60) => new()
    {
        ["schemaVersion"] = 1,
        ["definitionId"] = id,
        ["name"] = "Waiting " + id,
        ["nodes"] = new JsonArray(
            Node("start", "Start"),
            Node("wait", "Delay", ("duration", Literal(seconds))),
            Node("done", "Finish", ("output", Expr($"({{ marker: '{marker}', payload: null }})")))),
        ["connections"] = new JsonArray(Connect("start", "Done", "wait"), Connect("wait", "Done", "done")),
    };

    public static JsonObject Node(string id, string type, params (string Name, JsonObject Value)[] inputs)
    {
        var values = new JsonObject();
        foreach (var (name, value) in inputs)
        {
            values[name] = value;
        }

        return new JsonObject { ["id"] = id, ["type"] = type, ["position"] = new JsonObject { ["x"] = 0, ["y"] = 0 }, ["inputs"] = values };
    }

    public static JsonObject Connect(string source, string outcome, string target) =>
        new() { ["source"] = source, ["outcome"] = outcome, ["target"] = target };

    public static JsonObject Expr(string script) => new() { ["mode"] = "expression", ["value"] = script };

    public static JsonObject Literal(JsonNode? value) => new() { ["mode"] = "literal", ["value"] = value };
}
