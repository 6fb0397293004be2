using HealthFlows.Runtime.Definitions;

namespace HealthFlows.Runtime.Stores;

/// <summary>Stores workflow definition versions. Versioning rules live in WorkflowDefinitionService.</summary>
public interface IWorkflowDefinitionStore
{
    /// <summary>All versions of a definition, oldest first; empty when the definition does not exist.</summary>
    Task<IReadOnlyList<WorkflowDefinitionVersion>> GetVersionsAsync(string definitionId, CancellationToken cancellationToken);

    Task<WorkflowDefinitionVersion?> GetVersionAsync(string definitionId, int version, CancellationToken cancellationToken);

    Task<WorkflowDefinitionVersion?> GetPublishedAsync(string definitionId, CancellationToken cancellationToken);

    /// <summary>Every published version (one per definition at most), for the trigger catalog.</summary>
    Task<IReadOnlyList<WorkflowDefinitionVersion>> ListPublishedAsync(CancellationToken cancellationToken);

    /// <summary>One summary per definition (from its newest version), filtered, sorted and paged.</summary>
    Task<PagedResult<WorkflowDefinitionSummary>> ListAsync(DefinitionQuery query, CancellationToken cancellationToken);

    /// <summary>Whether any definition is stored (the samples load into an empty database).</summary>
    Task<bool> AnyAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Inserts versions whose <see cref="WorkflowDefinitionVersion.StoredRevision"/> is 0 and updates the others only where
    /// the stored revision still equals <see cref="WorkflowDefinitionVersion.StoredRevision"/>, all in one transaction;
    /// throws <see cref="ConcurrencyConflictException"/> (changing nothing) when any row moved on or an insert collides.
    /// On success each saved version's StoredRevision becomes its Revision.
    /// </summary>
    Task SaveAsync(IReadOnlyCollection<WorkflowDefinitionVersion> versions, CancellationToken cancellationToken);

    /// <summary>Deletes every version; false when there was none.</summary>
    Task<bool> DeleteAsync(string definitionId, CancellationToken cancellationToken);
}
