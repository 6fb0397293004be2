using System.Collections.Concurrent;

namespace HealthFlows.Runtime.Definitions;

/// <summary>
/// Keeps immutable (published or archived) versions in memory, and which version of each definition is
/// published, so an execute call does not read the definition from the database each time.
/// </summary>
public sealed class PublishedVersionCache
{
    private const int MaxVersions = 2_000;
    private readonly ConcurrentDictionary<(string, int), WorkflowDefinitionVersion> _versions = new();
    private readonly ConcurrentDictionary<string, int> _published = new(StringComparer.Ordinal);

    public bool TryGetPublished(string definitionId, out WorkflowDefinitionVersion version)
    {
        version = null!;
        return _published.TryGetValue(definitionId, out var number) && _versions.TryGetValue((definitionId, number), out version!);
    }

    public bool TryGet(string definitionId, int version, out WorkflowDefinitionVersion stored) => _versions.TryGetValue((definitionId, version), out stored!);

    /// <summary>Remembers a version that can no longer change.</summary>
    public void Remember(WorkflowDefinitionVersion version)
    {
        if (version.State == VersionState.Draft)
        {
            return;
        }

        if (_versions.Count >= MaxVersions)
        {
            _versions.Clear();
        }

        _versions[(version.DefinitionId, version.Version)] = version;
        if (version.State == VersionState.Published)
        {
            _published[version.DefinitionId] = version.Version;
        }
    }

    /// <summary>Forgets a definition after publish, revert or delete.</summary>
    public void Forget(string definitionId)
    {
        _published.TryRemove(definitionId, out _);
        foreach (var key in _versions.Keys.Where(k => k.Item1 == definitionId))
        {
            _versions.TryRemove(key, out _);
        }
    }
}
