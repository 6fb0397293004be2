using System.Text.Json;
using System.Text.Json.Nodes;
using HealthFlows.Server.Tests.Support;
using HealthFlows.Server.Triggers.Timers;
using Microsoft.Extensions.DependencyInjection;
using static HealthFlows.Server.Tests.Support.Workflows;

namespace HealthFlows.Server.Tests.Triggers.Timers;

/// <summary>Timer-triggered workflows (trigger "tick" → Finish with the occurrence) and waits on what the scheduler did.</summary>
public static class TimerWorkflows
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static JsonObject Interval(string id, JsonNode interval, string misfire = "default") =>
        Ticking(id, Node("tick", "Timer", ("interval", Literal(interval)), ("misfire", Literal(misfire))));

    public static JsonObject Cron(string id, string expression, string? timeZone = null, string misfire = "default") =>
        Ticking(id, Node("tick", "Cron", ("expression", Literal(expression)), ("timeZone", Literal(timeZone)), ("misfire", Literal(misfire))));

    public static JsonObject StartAt(string id, string at) => Ticking(id, Node("tick", "StartAt", ("at", Literal(at))));

    public static JsonObject Ticking(string id, JsonObject trigger) => new()
    {
        ["schemaVersion"] = 1,
        ["definitionId"] = id,
        ["name"] = "Timer " + id,
        ["nodes"] = new JsonArray(trigger, Node("done", "Finish", ("output", Expr("({ occurrence: outputs.tick.occurrence, misfired: outputs.tick.misfired })")))),
        ["connections"] = new JsonArray(Connect("tick", "Done", "done")),
    };

    public static TimerTriggerScheduler Timers(this ServerHost host) => host.Services.GetRequiredService<TimerTriggerScheduler>();

    /// <summary>Waits (at most 20 s of real time) until the server handled the occurrence: its instance is saved, by this server or another.</summary>
    public static async Task WaitHandledAsync(this ServerHost host, string definitionId, DateTimeOffset occurrence)
    {
        var deadline = TimeProvider.System.GetUtcNow().AddSeconds(20);
        while (host.Timers().LastHandled(definitionId) is not { } handled || handled < occurrence)
        {
            if (TimeProvider.System.GetUtcNow() > deadline)
            {
                Assert.Fail($"{definitionId}: occurrence {occurrence:O} was not handled; last handled {host.Timers().LastHandled(definitionId):O}.");
            }

            await Task.Delay(20, Ct);
        }
    }

    /// <summary>Waits until the scheduler has the workflow armed for <paramref name="occurrence"/> (or, with null, no longer has it).</summary>
    public static async Task WaitArmedAsync(this ServerHost host, string definitionId, DateTimeOffset? occurrence, bool present = true)
    {
        var deadline = TimeProvider.System.GetUtcNow().AddSeconds(20);
        while (true)
        {
            var timer = host.Timers().Scheduled.FirstOrDefault(t => t.DefinitionId == definitionId);
            if (present ? timer is not null && timer.NextOccurrence == occurrence : timer is null)
            {
                return;
            }

            if (TimeProvider.System.GetUtcNow() > deadline)
            {
                Assert.Fail($"{definitionId}: expected {(present ? $"armed for {occurrence:O}" : "unscheduled")}, found {timer?.NextOccurrence:O}; scheduled: {string.Join(", ", host.Timers().Scheduled.Select(t => $"{t.DefinitionId}@{t.NextOccurrence:O}"))}.");
            }

            await Task.Delay(20, Ct);
        }
    }

    /// <summary>The ids of the workflow's instances.</summary>
    public static async Task<IReadOnlyList<string>> InstanceIdsAsync(this HttpClient client, string definitionId)
    {
        var list = await (await client.GetAsync($"/api/workflow-instances?definitionId={definitionId}&pageSize=100", Ct)).ShouldBeOkAsync();
        return [.. list.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetString()!)];
    }

    /// <summary>The finished instance of one occurrence (found by its derived id), once it ran.</summary>
    public static async Task<JsonElement> OccurrenceInstanceAsync(this HttpClient client, string definitionId, DateTimeOffset occurrence)
    {
        var id = TimerOccurrenceIds.For(definitionId, occurrence);
        var deadline = TimeProvider.System.GetUtcNow().AddSeconds(20);
        while (true)
        {
            var response = await client.GetAsync($"/api/workflow-instances/{id}", Ct);
            if (response.IsSuccessStatusCode)
            {
                var instance = await response.ShouldBeOkAsync();
                if (instance.GetProperty("status").GetString() == "finished")
                {
                    return instance;
                }
            }

            if (TimeProvider.System.GetUtcNow() > deadline)
            {
                Assert.Fail($"{definitionId}: no finished instance {id} for {occurrence:O}.");
            }

            await Task.Delay(20, Ct);
        }
    }

    /// <summary>The occurrence a finished timer instance reports, parsed.</summary>
    public static DateTimeOffset ReportedOccurrence(this JsonElement instance) =>
        instance.GetProperty("output").GetProperty("occurrence").GetDateTimeOffset();

    public static bool ReportedMisfire(this JsonElement instance) =>
        instance.GetProperty("output").GetProperty("misfired").GetBoolean();

    public static JsonElement Json(object value) => JsonSerializer.SerializeToElement(value);
}
