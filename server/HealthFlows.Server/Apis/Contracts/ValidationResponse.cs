using HealthFlows.Runtime.Validation;

namespace HealthFlows.Server.Apis.Contracts;

/// <summary>The answer of the validate endpoint: every problem at once.</summary>
public sealed record ValidationResponse(bool Valid, IReadOnlyList<ValidationProblem> Problems);
