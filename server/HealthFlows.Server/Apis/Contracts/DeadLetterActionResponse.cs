using HealthFlows.Runtime.DeadLetters;

namespace HealthFlows.Server.Apis.Contracts;

/// <summary>A replayed or discarded dead letter, and what resuming its instance did (absent when the instance no longer waited).</summary>
public sealed record DeadLetterActionResponse(DeadLetter DeadLetter, ExecutionResponse? Execution);
