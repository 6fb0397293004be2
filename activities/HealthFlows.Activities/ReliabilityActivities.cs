using HealthFlows.Activities.Reliability;
using HealthFlows.Runtime.DependencyInjection;

namespace HealthFlows.Activities;

/// <summary>Registers the reliability activities (Queue Retry with its dead-letter queue).</summary>
public static class ReliabilityActivities
{
    public static RuntimeBuilder AddReliabilityActivities(this RuntimeBuilder builder) => builder
        .AddActivity<QueueRetry>();
}
