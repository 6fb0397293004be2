using System.Text.Json;
using HealthFlows.Activities;
using HealthFlows.Runtime.DependencyInjection;
using HealthFlows.Runtime.Execution;
using HealthFlows.Runtime.Expressions;
using HealthFlows.Runtime.Instances;
using HealthFlows.Runtime.Model;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace HealthFlows.Runtime.Tests.Support;

/// <summary>The real executor with the control-flow and healthcare activities and a fake clock; no store involved.</summary>
public sealed class EngineHarness : IDisposable
{
    private readonly ServiceProvider _services;

    public EngineHarness(Action<ExpressionOptions>? expressionLimits = null)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<TimeProvider>(Clock);
        services.AddHealthFlowsRuntime().AddControlFlowActivities().AddHealthcareActivities().AddReliabilityActivities().AddHttpActivities().AddMllpActivities().AddTimerActivities();
        if (expressionLimits is not null)
        {
            services.Configure(expressionLimits);
        }

        _services = services.BuildServiceProvider();
        Executor = _services.GetRequiredService<WorkflowExecutor>();
    }

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 11, 25, 8, 0, 0, TimeSpan.Zero));

    public WorkflowExecutor Executor { get; }

    public IServiceProvider Services => _services;

    /// <summary>Starts a new instance of the definition and runs it until it finishes or waits.</summary>
    public async Task<WorkflowExecution> StartAsync(WorkflowDefinition definition, object? input = null)
    {
        var instance = new WorkflowInstance
        {
            Id = Guid.NewGuid().ToString("N"),
            DefinitionId = definition.DefinitionId,
            Version = definition.Version,
            Input = input is null ? null : JsonSerializer.SerializeToElement(input),
            CreatedAt = Clock.GetUtcNow(),
        };
        var execution = Executor.Begin(instance, definition);
        Executor.ScheduleStart(execution);
        await Executor.RunAsync(execution, TestContext.Current.CancellationToken);
        return execution;
    }

    /// <summary>Resumes one of the instance's open bookmarks in a fresh burst, as a later request would.</summary>
    public async Task<WorkflowExecution> ResumeAsync(WorkflowExecution previous, Bookmark bookmark, object? payload = null)
    {
        var execution = Executor.Begin(previous.Instance, previous.Definition);
        Executor.ScheduleResume(execution, bookmark, payload is null ? null : JsonSerializer.SerializeToElement(payload));
        await Executor.RunAsync(execution, TestContext.Current.CancellationToken);
        return execution;
    }

    public void Dispose() => _services.Dispose();
}
