using HealthFlows.Runtime.Definitions;
using HealthFlows.Runtime.Execution;
using HealthFlows.Runtime.Stores;
using HealthFlows.Runtime.Validation;
using HealthFlows.Server.Dispatch;

namespace HealthFlows.Server.Apis;

/// <summary>What the definition endpoints need, bound with [AsParameters].</summary>
public sealed record DefinitionApiServices(
    WorkflowDefinitionService Definitions,
    IWorkflowDefinitionStore Store,
    WorkflowValidator Validator,
    WorkflowRunner Runner,
    WorkflowDispatcher Dispatcher);
