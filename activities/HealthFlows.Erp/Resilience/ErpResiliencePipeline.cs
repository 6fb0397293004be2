using HealthFlows.Erp.Configuration;
using Microsoft.Extensions.Http.Resilience;
using Polly;

namespace HealthFlows.Erp.Resilience;

/// <summary>
/// The strategies around every ERP request, outermost first: total timeout, retry (honouring Retry-After),
/// circuit breaker, attempt timeout. The builder's <see cref="TimeProvider"/> (the container's) times them all.
/// </summary>
public static class ErpResiliencePipeline
{
    public static ResiliencePipelineBuilder<HttpResponseMessage> AddErpResilience(
        this ResiliencePipelineBuilder<HttpResponseMessage> pipeline, ErpResilienceOptions options)
    {
        pipeline.AddTimeout(options.TotalTimeout);
        if (options.MaxRetryAttempts > 0)
        {
            // The default predicate retries 5xx, 408, 429, HttpRequestException and attempt timeouts; the ERP's POSTs
            // are retried too, because each of their attempts checks first whether an earlier one took effect.
            pipeline.AddRetry(new HttpRetryStrategyOptions
            {
                MaxRetryAttempts = options.MaxRetryAttempts,
                Delay = options.RetryDelay,
                MaxDelay = options.MaxRetryDelay,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = options.UseJitter,
                ShouldRetryAfterHeader = true,
            });
        }

        pipeline.AddCircuitBreaker(new HttpCircuitBreakerStrategyOptions
        {
            FailureRatio = options.CircuitBreakerFailureRatio,
            MinimumThroughput = options.CircuitBreakerMinimumThroughput,
            SamplingDuration = options.CircuitBreakerSamplingDuration,
            BreakDuration = options.CircuitBreakerBreakDuration,
        });
        pipeline.AddTimeout(options.AttemptTimeout);
        return pipeline;
    }
}
