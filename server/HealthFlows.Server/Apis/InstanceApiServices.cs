using HealthFlows.Runtime.Execution;
using HealthFlows.Runtime.Stores;

namespace HealthFlows.Server.Apis;

/// <summary>What the instance endpoints need, bound with [AsParameters].</summary>
public sealed record InstanceApiServices(IWorkflowInstanceStore Instances, WorkflowRunner Runner);
