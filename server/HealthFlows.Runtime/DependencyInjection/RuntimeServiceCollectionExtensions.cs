using HealthFlows.Runtime.DeadLetters;
using HealthFlows.Runtime.Definitions;
using HealthFlows.Runtime.Descriptors;
using HealthFlows.Runtime.Execution;
using HealthFlows.Runtime.Expressions;
using HealthFlows.Runtime.Triggers;
using HealthFlows.Runtime.Validation;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace HealthFlows.Runtime.DependencyInjection;

/// <summary>Registers the engine: registry, executor, runner, expressions, validation and versioning.</summary>
public static class RuntimeServiceCollectionExtensions
{
    public static RuntimeBuilder AddHealthFlowsRuntime(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<ExpressionOptions>();
        services.AddOptions<ExecutionOptions>();
        services.AddOptions<Leases.LeaseOptions>();
        services.TryAddSingleton<IdGenerator>();
        services.TryAddSingleton<Telemetry.WorkflowMetrics>();
        services.TryAddSingleton<ActivityRegistry>();
        services.TryAddSingleton<IExpressionEvaluator, JavaScriptEvaluator>();
        services.TryAddSingleton<WorkflowValidator>();
        services.TryAddSingleton<PublishedVersionCache>();
        services.TryAddSingleton<TriggerCatalog>();
        services.TryAddSingleton<IWorkflowInstanceLock, InProcessInstanceLock>();
        services.TryAddSingleton<WorkflowExecutor>();
        services.TryAddSingleton<ExecutionWarmUp>();
        services.TryAddScoped<WorkflowDefinitionService>();
        services.TryAddScoped<WorkflowRunner>();
        services.TryAddScoped<DueBookmarkResumer>();
        services.TryAddScoped<DeadLetterService>();
        return new RuntimeBuilder(services);
    }
}
