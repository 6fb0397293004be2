using HealthFlows.Runtime.Execution;
using HealthFlows.Runtime.Stores;
using HealthFlows.Server.Configuration;
using HealthFlows.Server.Dispatch;
using HealthFlows.Server.Messages;
using Microsoft.Extensions.Options;

namespace HealthFlows.Server.Triggers.Http;

/// <summary>What the HTTP trigger endpoints need, bound with [AsParameters].</summary>
public sealed record HttpTriggerServices(
    HttpRouteSource Routes,
    WorkflowRunner Runner,
    WorkflowDispatcher Dispatcher,
    IBookmarkStore Bookmarks,
    IOptions<HealthFlowsOptions> Options,
    IHostApplicationLifetime Lifetime,
    RawMessageRecorder RawMessages);
