using Microsoft.Extensions.Options;

namespace HealthFlows.Erp.Configuration;

/// <summary>Checks <see cref="ErpOptions"/> and names every missing or out-of-range setting at once.</summary>
public sealed class ErpOptionsValidator : IValidateOptions<ErpOptions>
{
    public ValidateOptionsResult Validate(string? name, ErpOptions options)
    {
        var problems = new List<string>();
        if (options.BaseUrl is not { IsAbsoluteUri: true })
            problems.Add("HealthFlows:Erp:BaseUrl must be an absolute URL (the API v2.0 root).");
        if (options.TokenUrl is not { IsAbsoluteUri: true })
            problems.Add("HealthFlows:Erp:TokenUrl must be an absolute URL (the OAuth2 token endpoint).");
        if (string.IsNullOrWhiteSpace(options.ClientId))
            problems.Add("HealthFlows:Erp:ClientId is required.");
        if (string.IsNullOrWhiteSpace(options.ClientSecret))
            problems.Add("HealthFlows:Erp:ClientSecret is required.");
        if (options.CompanyId == Guid.Empty)
            problems.Add("HealthFlows:Erp:CompanyId is required.");
        if (string.IsNullOrWhiteSpace(options.CostCenterDimension))
            problems.Add("HealthFlows:Erp:CostCenterDimension must not be empty.");
        if (options.TokenRefreshMargin < TimeSpan.Zero)
            problems.Add("HealthFlows:Erp:TokenRefreshMargin must not be negative.");
        var resilience = options.Resilience;
        if (resilience.TotalTimeout < TimeSpan.FromMilliseconds(10) || resilience.AttemptTimeout < TimeSpan.FromMilliseconds(10))
            problems.Add("HealthFlows:Erp:Resilience timeouts must be at least 10 ms.");
        if (resilience.MaxRetryAttempts < 0 || resilience.RetryDelay < TimeSpan.Zero || resilience.MaxRetryDelay < resilience.RetryDelay)
            problems.Add("HealthFlows:Erp:Resilience needs MaxRetryAttempts >= 0 and 0 <= RetryDelay <= MaxRetryDelay.");
        if (resilience.CircuitBreakerFailureRatio is <= 0 or > 1 || resilience.CircuitBreakerMinimumThroughput < 2
            || resilience.CircuitBreakerSamplingDuration < TimeSpan.FromMilliseconds(500)
            || resilience.CircuitBreakerBreakDuration < TimeSpan.FromMilliseconds(500))
            problems.Add("HealthFlows:Erp:Resilience's circuit breaker needs 0 < FailureRatio <= 1, MinimumThroughput >= 2 and durations of at least 0.5 s.");
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
