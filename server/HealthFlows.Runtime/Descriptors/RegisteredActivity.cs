using HealthFlows.Runtime.Activities;

namespace HealthFlows.Runtime.Descriptors;

/// <summary>An activity instance with its descriptor and its input declarations by name.</summary>
public sealed class RegisteredActivity(Activity activity, ActivityDescriptor descriptor)
{
    public Activity Activity { get; } = activity;

    public ActivityDescriptor Descriptor { get; } = descriptor;
}
