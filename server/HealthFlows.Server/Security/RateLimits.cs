using System.Threading.RateLimiting;
using HealthFlows.Server.Configuration;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace HealthFlows.Server.Security;

/// <summary>The rate limit policies: sign-in per client address, workflow triggers per API key (or address without one).</summary>
public static class RateLimits
{
    public const string SignIn = "sign-in";

    public const string Triggers = "triggers";

    public static IServiceCollection AddHealthFlowsRateLimits(this IServiceCollection services, RateLimitsOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.OnRejected = WriteRejectionAsync;
            limiter.AddPolicy(SignIn, context => Partition(options.SignIn, "address:" + Address(context)));
            limiter.AddPolicy(Triggers, context => Partition(options.Triggers, CallerOf(context)));
        });
    }

    // The key is hashed so the limiter's partition table never holds a usable secret.
    private static string CallerOf(HttpContext context) =>
        context.Request.Headers[ApiKeyDefaults.HeaderName].ToString() is { Length: > 0 } key
            ? "key:" + ApiKeyHasher.Hash(key.Trim())
            : "address:" + Address(context);

    private static string Address(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    private static RateLimitPartition<string> Partition(RateLimitOptions options, string caller) =>
        options.PermitLimit <= 0
            ? RateLimitPartition.GetNoLimiter(caller)
            : RateLimitPartition.GetFixedWindowLimiter(caller, _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = options.PermitLimit,
                Window = options.Window,
                QueueLimit = 0,
            });

    private static async ValueTask WriteRejectionAsync(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        var context = rejected.HttpContext;
        var detail = "Too many requests from this caller; wait and try again.";
        if (rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
        {
            var seconds = (int)Math.Ceiling(retryAfter.TotalSeconds);
            context.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            detail = $"Too many requests from this caller; try again in {seconds} s.";
        }

        var problems = context.RequestServices.GetRequiredService<IProblemDetailsService>();
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = new ProblemDetails { Status = StatusCodes.Status429TooManyRequests, Title = "Too many requests", Detail = detail },
        });
    }
}
