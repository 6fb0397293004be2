using System.Globalization;
using System.Text.Json;
using HealthFlows.Runtime.Activities;
using HealthFlows.Runtime.Model;

namespace HealthFlows.Activities.Timers;

/// <summary>
/// What Timer, Cron and Start At share: the misfire input, the occurrence outputs, and reading fixed settings. The server
/// schedules the node from <see cref="ReadSettings"/> and starts the instance with a <see cref="TimerOccurrence"/> input.
/// </summary>
public abstract class TimerTriggerActivity : Activity, ITimerTrigger
{
    [Input(Description = "What to do with occurrences that came due while the server was down: fireOnce starts one instance at start-up, skip waits for the next; default takes the server's setting (HealthFlows:Timers:Misfire).",
        Options = ["default", "fireOnce", "skip"])]
    public Input<string> Misfire { get; } = new("default");

    [Output(Description = "The scheduled instant of this occurrence (UTC, ISO 8601).")]
    public Output<string> Occurrence { get; } = new();

    [Output(DisplayName = "Fired at", Description = "When the server started this occurrence.")]
    public Output<string> FiredAt { get; } = new();

    [Output(Description = "True when the occurrence came due while the server was down and was fired at start-up.")]
    public Output<bool> Misfired { get; } = new();

    public override ValueTask<ActivityResult> ExecuteAsync(ActivityExecutionContext context)
    {
        // A run through the execute API has no occurrence: it counts as one due now.
        var now = context.Clock.GetUtcNow();
        var occurrence = TimerOccurrence.From(context.WorkflowInput) ?? new TimerOccurrence { Occurrence = now, FiredAt = now };
        context.Set(Occurrence, occurrence.Occurrence.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture));
        context.Set(FiredAt, occurrence.FiredAt.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture));
        context.Set(Misfired, occurrence.Misfired);
        return ValueTask.FromResult(ActivityResult.Done());
    }

    public TimerSettings ReadSettings(WorkflowNode node, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(node);
        ArgumentNullException.ThrowIfNull(clock);
        var problems = new List<string>();
        var misfire = Literal(node, Misfire, problems)?.Trim() switch
        {
            null or "" or "default" => (TimerMisfirePolicy?)null,
            "fireOnce" => TimerMisfirePolicy.FireOnce,
            "skip" => TimerMisfirePolicy.Skip,
            var other => Invalid(problems, $"Misfire '{other}' is not default, fireOnce or skip."),
        };
        var schedule = ReadSchedule(node, clock, problems);
        return new TimerSettings(problems.Count == 0 ? schedule : null, misfire, [.. problems.Select(p => $"Node '{node.Id}': {p}")]);
    }

    /// <summary>The node's schedule, or null with the reasons added to <paramref name="problems"/>.</summary>
    protected abstract TimerSchedule? ReadSchedule(WorkflowNode node, TimeProvider clock, List<string> problems);

    /// <summary>A setting's fixed value (the declared default when absent); schedules exist before any run, so expressions are refused.</summary>
    protected static T? Literal<T>(WorkflowNode node, Input<T> input, List<string> problems)
    {
        ArgumentNullException.ThrowIfNull(node);
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(problems);
        if (!node.Inputs.TryGetValue(input.Name, out var given) || given.Value is not { } value
            || value.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined || (value.ValueKind == JsonValueKind.String && value.GetString()!.Length == 0))
        {
            return input.Default;
        }

        if (given.Mode == InputMode.Expression)
        {
            problems.Add($"'{input.Name}' must be a fixed value: schedules are made before any run, so it cannot be an expression.");
            return input.Default;
        }

        try
        {
            return value.Deserialize<T>(WorkflowJson.Options);
        }
        catch (Exception ex) when (ex is JsonException or FormatException or NotSupportedException)
        {
            problems.Add($"'{input.Name}' has a value that is not {(typeof(T) == typeof(TimeSpan) ? "a duration" : "valid")}: {value.GetRawText()}.");
            return input.Default;
        }
    }

    private static TimerMisfirePolicy? Invalid(List<string> problems, string problem)
    {
        problems.Add(problem);
        return null;
    }
}
