using System.Text.Json;
using HealthFlows.Runtime.Model;

namespace HealthFlows.Activities.Timers;

/// <summary>The instance input a timer trigger starts its workflow with: which occurrence it is and when it was fired.</summary>
public sealed record TimerOccurrence
{
    public const string TriggerName = "timer";

    public string Trigger { get; init; } = TriggerName;

    /// <summary>The scheduled instant of the occurrence (UTC); it names the occurrence.</summary>
    public DateTimeOffset Occurrence { get; init; }

    /// <summary>When a server actually started it.</summary>
    public DateTimeOffset FiredAt { get; init; }

    /// <summary>Whether it came due while no server ran and was fired late (misfire policy fireOnce).</summary>
    public bool Misfired { get; init; }

    /// <summary>The occurrence in an instance input, or null when the input is not one (a run through the execute API).</summary>
    public static TimerOccurrence? From(JsonElement? input)
    {
        if (input is not { ValueKind: JsonValueKind.Object } value
            || !value.TryGetProperty("trigger", out var trigger) || trigger.ValueKind != JsonValueKind.String || trigger.GetString() != TriggerName)
        {
            return null;
        }

        try
        {
            return value.Deserialize<TimerOccurrence>(WorkflowJson.Options);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public JsonElement ToJson() => JsonSerializer.SerializeToElement(this, WorkflowJson.Options);
}
