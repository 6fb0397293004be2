using System.Text.Json.Nodes;

namespace HealthFlows.Cluster.Tests.Support;

/// <summary>The workflows the process tests publish: a charge posted to the ERP, answered or retried; a ticking timer.</summary>
public static class ChargeWorkflows
{
    /// <summary>
    /// HTTP Endpoint (<paramref name="mode"/>, anonymous) → Post ERP Invoice (external document number = body.id);
    /// Posted → HTTP Response 200; Unavailable → HTTP Response 202 → Queue Retry (1 s, <paramref name="retries"/> times) → back
    /// to Post ERP Invoice; Rejected → HTTP Response 422.
    /// </summary>
    public static JsonObject PostCharge(string id, string path, string mode = "sync", int retries = 45) => new()
    {
        ["schemaVersion"] = 1,
        ["definitionId"] = id,
        ["name"] = "Post charge " + id,
        ["nodes"] = new JsonArray(
            Node("http", "HttpEndpoint", ("path", Literal(path)), ("authorization", Literal("anonymous")), ("mode", Literal(mode))),
            Node("post", "PostErpInvoice",
                ("customerNumber", Literal("BCBS")),
                ("externalDocumentNumber", Expr("outputs.http.body.id")),
                ("invoiceDate", Literal("2026-03-02")),
                ("lines", Expr("outputs.http.body.lines"))),
            Node("posted", "HttpResponse", ("statusCode", Literal(200)), ("body", Expr("({ posted: outputs.post.documentNumber })"))),
            Node("accepted", "HttpResponse", ("statusCode", Literal(202)), ("body", Expr("({ queued: true })"))),
            Node("rejected", "HttpResponse", ("statusCode", Literal(422)), ("body", Expr("({ error: outputs.post.error })"))),
            Node("retry", "QueueRetry",
                ("schedule", Literal(new JsonArray([.. Enumerable.Repeat(1, retries).Select(s => JsonValue.Create(s))]))),
                ("error", Expr("outputs.post.error")))),
        ["connections"] = new JsonArray(
            Connect("http", "Done", "post"),
            Connect("post", "Posted", "posted"),
            Connect("post", "Unavailable", "accepted"),
            Connect("post", "Rejected", "rejected"),
            Connect("accepted", "Done", "retry"),
            Connect("retry", "Retry", "post")),
    };

    /// <summary>Timer (every <paramref name="interval"/>) → Finish: one instance per occurrence, its id derived from the occurrence.</summary>
    public static JsonObject Ticker(string id, string interval) => new()
    {
        ["schemaVersion"] = 1,
        ["definitionId"] = id,
        ["name"] = "Ticker " + id,
        ["nodes"] = new JsonArray(
            Node("tick", "Timer", ("interval", Literal(interval))),
            Node("done", "Finish", ("output", Expr("({ occurrence: outputs.tick.occurrence })")))),
        ["connections"] = new JsonArray(Connect("tick", "Done", "done")),
    };

    /// <summary>The body of one charge: its id is the invoice's external document number.</summary>
    public static JsonObject Charge(string id) => new()
    {
        ["id"] = id,
        ["lines"] = new JsonArray(new JsonObject
        {
            ["description"] = "Comprehensive metabolic panel", ["itemNumber"] = "CPT-80053", ["quantity"] = 1, ["unitPrice"] = 45.5, ["costCenter"] = "LAB",
        }),
    };

    /// <summary>The server settings that point the ERP connector at a standalone sandbox, failing fast while it is down.</summary>
    public static Dictionary<string, string> ErpSettings(Uri erp) => new()
    {
        ["HealthFlows:ErpSandbox:Enabled"] = "false",
        ["HealthFlows:Erp:BaseUrl"] = new Uri(erp, "api/v2.0/").ToString(),
        ["HealthFlows:Erp:TokenUrl"] = new Uri(erp, "oauth2/token").ToString(),
        ["HealthFlows:Erp:ClientId"] = ErpSandboxProcess.ClientId,
        ["HealthFlows:Erp:ClientSecret"] = ErpSandboxProcess.ClientSecret,
        ["HealthFlows:Erp:CompanyId"] = ErpSandboxProcess.CompanyId,
        // The workflow's Queue Retry does the retrying: the connector answers Unavailable at once, and its circuit stays
        // closed, so the first retry after the ERP is back goes through.
        ["HealthFlows:Erp:Resilience:MaxRetryAttempts"] = "0",
        ["HealthFlows:Erp:Resilience:AttemptTimeout"] = "00:00:05",
        ["HealthFlows:Erp:Resilience:TotalTimeout"] = "00:00:10",
        ["HealthFlows:Erp:Resilience:CircuitBreakerMinimumThroughput"] = "1000000",
    };

    private static JsonObject Node(string id, string type, params (string Name, JsonObject Value)[] inputs)
    {
        var values = new JsonObject();
        foreach (var (name, value) in inputs)
        {
            values[name] = value;
        }

        return new JsonObject { ["id"] = id, ["type"] = type, ["position"] = new JsonObject { ["x"] = 0, ["y"] = 0 }, ["inputs"] = values };
    }

    private static JsonObject Connect(string source, string outcome, string target) =>
        new() { ["source"] = source, ["outcome"] = outcome, ["target"] = target };

    private static JsonObject Expr(string script) => new() { ["mode"] = "expression", ["value"] = script };

    private static JsonObject Literal(JsonNode? value) => new() { ["mode"] = "literal", ["value"] = value };
}
