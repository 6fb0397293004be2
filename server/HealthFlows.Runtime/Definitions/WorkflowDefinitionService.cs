using HealthFlows.Runtime.Model;
using HealthFlows.Runtime.Stores;
using HealthFlows.Runtime.Validation;

namespace HealthFlows.Runtime.Definitions;

/// <summary>The versioning rules: one draft at most, one published at most, immutable published versions.</summary>
public sealed class WorkflowDefinitionService(
    IWorkflowDefinitionStore store,
    WorkflowValidator validator,
    PublishedVersionCache cache,
    TimeProvider clock,
    IEnumerable<IPublicationObserver> observers)
{
    /// <summary>Creates a definition as version 1 (a draft); its id comes from the name when not given.</summary>
    public async Task<OperationResult<WorkflowDefinitionVersion>> CreateAsync(WorkflowDefinition model, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(model.DefinitionId))
        {
            model.DefinitionId = DefinitionIds.FromName(model.Name);
        }

        if (!DefinitionIds.IsValid(model.DefinitionId))
        {
            return Invalid(ProblemCodes.InvalidDefinitionId, "definitionId must be 1-100 lower-case letters, digits, '.', '_' or '-'.");
        }

        if ((await store.GetVersionsAsync(model.DefinitionId, cancellationToken)).Count > 0)
        {
            return OperationResult<WorkflowDefinitionVersion>.Fail(OperationError.Conflict, $"A workflow with id '{model.DefinitionId}' already exists.");
        }

        var draft = NewVersion(model, 1);
        return await SaveAsync([draft], draft, cancellationToken);
    }

    /// <summary>
    /// Saves the draft. <paramref name="expectedVersion"/>/<paramref name="expectedRevision"/> are what the caller loaded;
    /// when given and stale the save answers Conflict. With no draft, the save starts one after the newest version.
    /// </summary>
    public async Task<OperationResult<WorkflowDefinitionVersion>> SaveDraftAsync(string definitionId, WorkflowDefinition model, int? expectedVersion, int? expectedRevision, CancellationToken cancellationToken, string? versionNote = null)
    {
        var versions = await store.GetVersionsAsync(definitionId, cancellationToken);
        if (versions.Count == 0)
        {
            return NotFound(definitionId);
        }

        var newest = versions[^1];
        if (expectedVersion is { } v && v != newest.Version)
        {
            return Conflict($"The workflow changed since you opened it: you edited version {v}, the newest is version {newest.Version}.");
        }

        if (newest.State == VersionState.Draft)
        {
            if (expectedRevision is { } r && r != newest.Revision)
            {
                return Conflict($"Someone else saved this draft since you opened it (revision {newest.Revision}, yours {r}).");
            }

            model.DefinitionId = definitionId;
            model.Version = newest.Version;
            newest.Definition = model;
            newest.VersionNote = versionNote ?? newest.VersionNote;
            newest.Revision++;
            newest.UpdatedAt = clock.GetUtcNow();
            return await SaveAsync([newest], newest, cancellationToken);
        }

        model.DefinitionId = definitionId;
        var draft = NewVersion(model, newest.Version + 1);
        draft.VersionNote = versionNote;
        return await SaveAsync([draft], draft, cancellationToken);
    }

    /// <summary>Publishes the draft when it validates; the previous published version becomes archived.</summary>
    public async Task<OperationResult<WorkflowDefinitionVersion>> PublishAsync(string definitionId, string? note, CancellationToken cancellationToken)
    {
        var versions = await store.GetVersionsAsync(definitionId, cancellationToken);
        if (versions.Count == 0)
        {
            return NotFound(definitionId);
        }

        var draft = versions[^1];
        if (draft.State != VersionState.Draft)
        {
            return Conflict($"There is no draft to publish: version {draft.Version} is already {draft.State.ToString().ToLowerInvariant()}.");
        }

        var validation = validator.Validate(draft.Definition);
        if (!validation.Valid)
        {
            return OperationResult<WorkflowDefinitionVersion>.Fail(OperationError.Invalid, $"Version {draft.Version} has {validation.Problems.Count} problem(s) to fix before it can be published.", validation.Problems);
        }

        var now = clock.GetUtcNow();
        var changed = new List<WorkflowDefinitionVersion>();
        foreach (var previous in versions.Where(v => v.State == VersionState.Published))
        {
            previous.State = VersionState.Archived;
            previous.Revision++;
            previous.UpdatedAt = now;
            changed.Add(previous);
        }

        draft.State = VersionState.Published;
        draft.PublishedAt = now;
        draft.UpdatedAt = now;
        draft.VersionNote = string.IsNullOrWhiteSpace(note) ? draft.VersionNote : note.Trim();
        draft.Revision++;
        changed.Add(draft);
        var result = await SaveAsync(changed, draft, cancellationToken);
        cache.Forget(definitionId);
        if (result.Succeeded)
        {
            await NotifyAsync(definitionId, cancellationToken);
        }

        return result;
    }

    /// <summary>Copies an old version's content into the draft (making one if needed).</summary>
    public async Task<OperationResult<WorkflowDefinitionVersion>> RevertAsync(string definitionId, int version, CancellationToken cancellationToken)
    {
        var versions = await store.GetVersionsAsync(definitionId, cancellationToken);
        var source = versions.FirstOrDefault(v => v.Version == version);
        if (source is null)
        {
            return versions.Count == 0 ? NotFound(definitionId) : OperationResult<WorkflowDefinitionVersion>.Fail(OperationError.NotFound, $"Workflow '{definitionId}' has no version {version}.");
        }

        var copy = WorkflowJson.Clone(source.Definition);
        var newest = versions[^1];
        return await SaveDraftAsync(definitionId, copy, newest.Version, newest.Revision, cancellationToken, $"Reverted to version {version}");
    }

    /// <summary>Imports a workflow file: a new definition, or a new draft version of an existing one.</summary>
    public async Task<OperationResult<WorkflowDefinitionVersion>> ImportAsync(WorkflowDefinition model, CancellationToken cancellationToken)
    {
        if (model.SchemaVersion is < 1 or > WorkflowDefinition.CurrentSchemaVersion)
        {
            return Invalid(ProblemCodes.UnsupportedSchemaVersion, $"schemaVersion {model.SchemaVersion} is not supported; this server reads version {WorkflowDefinition.CurrentSchemaVersion}.");
        }

        if (string.IsNullOrWhiteSpace(model.DefinitionId) || (await store.GetVersionsAsync(model.DefinitionId, cancellationToken)).Count == 0)
        {
            return await CreateAsync(model, cancellationToken);
        }

        return await SaveDraftAsync(model.DefinitionId, model, null, null, cancellationToken);
    }

    public async Task<bool> DeleteAsync(string definitionId, CancellationToken cancellationToken)
    {
        var deleted = await store.DeleteAsync(definitionId, cancellationToken);
        cache.Forget(definitionId);
        if (deleted)
        {
            await NotifyAsync(definitionId, cancellationToken);
        }

        return deleted;
    }

    /// <summary>The published version, from memory when it was read before.</summary>
    public async Task<WorkflowDefinitionVersion?> GetPublishedAsync(string definitionId, CancellationToken cancellationToken)
    {
        if (cache.TryGetPublished(definitionId, out var cached))
        {
            return cached;
        }

        var published = await store.GetPublishedAsync(definitionId, cancellationToken);
        if (published is not null)
        {
            cache.Remember(published);
        }

        return published;
    }

    /// <summary>A version, from memory when it is immutable and was read before.</summary>
    public async Task<WorkflowDefinitionVersion?> GetVersionAsync(string definitionId, int version, CancellationToken cancellationToken)
    {
        if (cache.TryGet(definitionId, version, out var cached))
        {
            return cached;
        }

        var stored = await store.GetVersionAsync(definitionId, version, cancellationToken);
        if (stored is not null)
        {
            cache.Remember(stored);
        }

        return stored;
    }

    private async Task NotifyAsync(string definitionId, CancellationToken cancellationToken)
    {
        foreach (var observer in observers)
        {
            await observer.PublicationChangedAsync(definitionId, cancellationToken);
        }
    }

    private WorkflowDefinitionVersion NewVersion(WorkflowDefinition model, int number)
    {
        var now = clock.GetUtcNow();
        model.Version = number;
        return new WorkflowDefinitionVersion
        {
            DefinitionId = model.DefinitionId,
            Version = number,
            State = VersionState.Draft,
            Revision = 1,
            StoredRevision = 0,
            Definition = model,
            CreatedAt = now,
            UpdatedAt = now,
        };
    }

    private async Task<OperationResult<WorkflowDefinitionVersion>> SaveAsync(IReadOnlyCollection<WorkflowDefinitionVersion> changed, WorkflowDefinitionVersion answer, CancellationToken cancellationToken)
    {
        try
        {
            await store.SaveAsync(changed, cancellationToken);
            return OperationResult<WorkflowDefinitionVersion>.Ok(answer);
        }
        catch (ConcurrencyConflictException)
        {
            return Conflict("Someone else changed this workflow at the same moment; reload it and save again.");
        }
    }

    private static OperationResult<WorkflowDefinitionVersion> NotFound(string definitionId) =>
        OperationResult<WorkflowDefinitionVersion>.Fail(OperationError.NotFound, $"There is no workflow with id '{definitionId}'.");

    private static OperationResult<WorkflowDefinitionVersion> Conflict(string message) =>
        OperationResult<WorkflowDefinitionVersion>.Fail(OperationError.Conflict, message);

    private static OperationResult<WorkflowDefinitionVersion> Invalid(string code, string message) =>
        OperationResult<WorkflowDefinitionVersion>.Fail(OperationError.Invalid, message, [new ValidationProblem(code, message)]);
}
