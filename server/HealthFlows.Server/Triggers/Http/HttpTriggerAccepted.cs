using HealthFlows.Runtime.Instances;

namespace HealthFlows.Server.Triggers.Http;

/// <summary>The 202 answer of an async HTTP Endpoint (or a sync one whose run is waiting): the saved instance and where to follow it.</summary>
public sealed record HttpTriggerAccepted(string InstanceId, string DefinitionId, int Version, WorkflowStatus Status, WorkflowSubStatus SubStatus, string StatusUrl);
