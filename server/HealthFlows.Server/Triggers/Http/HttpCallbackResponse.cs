using HealthFlows.Server.Apis.Contracts;

namespace HealthFlows.Server.Triggers.Http;

/// <summary>What a callback resumed: one entry per waiting instance it woke.</summary>
public sealed record HttpCallbackResponse(IReadOnlyList<ExecutionResponse> Resumed);
