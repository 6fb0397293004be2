using System.Text.Json.Nodes;
using HealthFlows.Server.Tests.Support;

namespace HealthFlows.Server.Tests.Reliability;

/// <summary>Workflows whose "post" step fails until the clock reaches input.erpUpAt, with a Queue Retry behind it.</summary>
public static class RetryWorkflows
{
    /// <summary>
    /// start → post (throws "ERP unavailable" before input.erpUpAt) → done; post Failed → retry; retry Retry → post;
    /// retry DeadLettered → <paramref name="afterDeadLetter"/> (Log, or Fail to raise an incident); retry Discarded → dropped.
    /// </summary>
    public static JsonObject FlakyPost(string id, JsonArray? schedule = null, string afterDeadLetter = "Log")
    {
        var retryInputs = new List<(string, JsonObject)> { ("error", Workflows.Expr("outputs.post.error")), ("payload", Workflows.Expr("input")) };
        if (schedule is not null)
        {
            retryInputs.Add(("schedule", Workflows.Literal(schedule)));
        }

        var parked = afterDeadLetter == "Fail"
            ? Workflows.Node("parked", "Fail", ("message", Workflows.Expr("'Invoice dead-lettered as ' + outputs.retry.deadLetterId")))
            : Workflows.Node("parked", "Log", ("message", Workflows.Expr("'Invoice dead-lettered as ' + outputs.retry.deadLetterId")));
        return new JsonObject
        {
            ["schemaVersion"] = 1,
            ["definitionId"] = id,
            ["name"] = "Flaky post " + id,
            ["nodes"] = new JsonArray(
                Workflows.Node("start", "Start"),
                Workflows.Node("post", "Log", ("message", Workflows.Expr("(() => { if (Date.now() < Date.parse(input.erpUpAt)) { throw new Error('ERP unavailable'); } return 'posted ' + input.messageId; })()"))),
                Workflows.Node("retry", "QueueRetry", [.. retryInputs]),
                parked,
                Workflows.Node("done", "Finish", ("output", Workflows.Expr("({ posted: true })"))),
                Workflows.Node("dropped", "Finish", ("output", Workflows.Expr("({ discarded: true })")))),
            ["connections"] = new JsonArray(
                Workflows.Connect("start", "Done", "post"),
                Workflows.Connect("post", "Done", "done"),
                Workflows.Connect("post", "Failed", "retry"),
                Workflows.Connect("retry", "Retry", "post"),
                Workflows.Connect("retry", "DeadLettered", "parked"),
                Workflows.Connect("retry", "Discarded", "dropped")),
        };
    }
}
