using Microsoft.AspNetCore.Http.HttpResults;

namespace HealthFlows.Server.Apis.Http;

/// <summary>A parsed request body, or the problem that explains why there is none.</summary>
public sealed record BodyResult<T>(T? Value, ProblemHttpResult? Problem)
{
    public bool Failed => Problem is not null;
}
