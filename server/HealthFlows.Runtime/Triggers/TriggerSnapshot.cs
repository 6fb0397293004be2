using System.Collections.Frozen;

namespace HealthFlows.Runtime.Triggers;

/// <summary>The published workflows' start nodes at one moment, grouped by trigger activity type; immutable.</summary>
public sealed class TriggerSnapshot
{
    private readonly FrozenDictionary<string, IReadOnlyList<TriggerRegistration>> _byType;

    public TriggerSnapshot(long generation, IEnumerable<TriggerRegistration> registrations)
    {
        Generation = generation;
        _byType = registrations
            .GroupBy(r => r.ActivityType, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => (IReadOnlyList<TriggerRegistration>)[.. g.OrderBy(r => r.DefinitionId, StringComparer.Ordinal)], StringComparer.Ordinal);
    }

    /// <summary>Grows with every change of the published set; listeners compare it to know whether to rebuild.</summary>
    public long Generation { get; }

    /// <summary>The published workflows that start with <paramref name="activityType"/>, ordered by definition id.</summary>
    public IReadOnlyList<TriggerRegistration> OfType(string activityType) => _byType.GetValueOrDefault(activityType) ?? [];
}
