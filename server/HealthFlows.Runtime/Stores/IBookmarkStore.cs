using HealthFlows.Runtime.Instances;

namespace HealthFlows.Runtime.Stores;

/// <summary>Finds open bookmarks (written and removed through <see cref="IWorkflowInstanceStore.CommitAsync"/>).</summary>
public interface IBookmarkStore
{
    Task<Bookmark?> FindAsync(string bookmarkId, CancellationToken cancellationToken);

    /// <summary>Timed bookmarks due at or before <paramref name="until"/>, earliest first.</summary>
    Task<IReadOnlyList<Bookmark>> ListDueAsync(DateTimeOffset until, int max, CancellationToken cancellationToken);

    /// <summary>Open bookmarks with a name and correlation key (e.g. an HTTP callback waiting for an id).</summary>
    Task<IReadOnlyList<Bookmark>> FindByCorrelationAsync(string name, string correlationKey, CancellationToken cancellationToken);
}
