using System.Collections.Frozen;
using HealthFlows.Runtime.Activities;

namespace HealthFlows.Runtime.Descriptors;

/// <summary>The registered activity types, by type name.</summary>
public sealed class ActivityRegistry
{
    private readonly FrozenDictionary<string, RegisteredActivity> _byType;

    public ActivityRegistry(IEnumerable<Activity> activities)
    {
        var registered = new Dictionary<string, RegisteredActivity>(StringComparer.Ordinal);
        foreach (var activity in activities)
        {
            var descriptor = ActivityDescriptorFactory.Describe(activity);
            if (!registered.TryAdd(descriptor.TypeName, new RegisteredActivity(activity, descriptor)))
            {
                throw new InvalidOperationException($"Two activities claim the type name '{descriptor.TypeName}'.");
            }
        }

        _byType = registered.ToFrozenDictionary(StringComparer.Ordinal);
        Descriptors = [.. _byType.Values.Select(a => a.Descriptor).OrderBy(d => d.Category, StringComparer.Ordinal).ThenBy(d => d.DisplayName, StringComparer.Ordinal)];
    }

    /// <summary>All descriptors, ordered by category then display name.</summary>
    public IReadOnlyList<ActivityDescriptor> Descriptors { get; }

    public RegisteredActivity? Find(string typeName) => _byType.GetValueOrDefault(typeName);
}
