using HealthFlows.Activities.Timers;
using HealthFlows.Runtime.Definitions;
using HealthFlows.Runtime.Descriptors;
using HealthFlows.Runtime.Execution;
using HealthFlows.Runtime.Validation;

namespace HealthFlows.Server.Triggers.Timers;

/// <summary>Refuses to publish a Timer, Cron or Start At whose schedule cannot be made (bad interval, cron, zone or instant) or that would never fire.</summary>
public sealed class TimerTriggerPublishCheck(TimerTriggerReader reader, ActivityRegistry registry, TimeProvider clock) : IPublishCheck
{
    public const string InvalidTimerTrigger = nameof(InvalidTimerTrigger);

    public Task<IReadOnlyList<ValidationProblem>> CheckAsync(WorkflowDefinitionVersion candidate, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        if (StartNodeFinder.Find(candidate.Definition, registry) is not { } start || reader.Read(start) is not { } settings)
        {
            return Task.FromResult<IReadOnlyList<ValidationProblem>>([]);
        }

        IReadOnlyList<string> problems = settings.Problems;
        if (settings.IsValid && settings.Schedule!.NextAfter(clock.GetUtcNow()) is null)
        {
            problems = [$"Node '{start.Id}': {settings.Schedule.Describe()} lies in the past; it would never fire."];
        }

        return Task.FromResult<IReadOnlyList<ValidationProblem>>([.. problems.Select(p => new ValidationProblem(InvalidTimerTrigger, p, start.Id))]);
    }
}
