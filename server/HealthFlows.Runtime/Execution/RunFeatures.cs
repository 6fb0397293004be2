namespace HealthFlows.Runtime.Execution;

/// <summary>
/// Objects a caller hands to one run and its activities can find by type, such as the slot a waiting HTTP
/// request reads its response from. They live for the run only and are never saved.
/// </summary>
public sealed class RunFeatures
{
    private readonly Dictionary<Type, object> _features = [];

    /// <summary>An empty collection for runs nobody waits on.</summary>
    public static RunFeatures None => new();

    /// <summary>Adds or replaces the feature of type <typeparamref name="T"/>.</summary>
    public RunFeatures Set<T>(T feature)
        where T : class
    {
        _features[typeof(T)] = feature;
        return this;
    }

    /// <summary>The feature of type <typeparamref name="T"/>, or null when the caller gave none.</summary>
    public T? Get<T>()
        where T : class => _features.TryGetValue(typeof(T), out var feature) ? (T)feature : null;
}
