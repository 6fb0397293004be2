using HealthFlows.Runtime.DeadLetters;

namespace HealthFlows.Server.Apis;

/// <summary>What the dead-letter endpoints need, bound with [AsParameters].</summary>
public sealed record DeadLetterApiServices(IDeadLetterStore Store, DeadLetterService DeadLetters);
