using System.Data.Common;
using System.Text;
using HealthFlows.Persistence.Entities;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace HealthFlows.Persistence.Stores.Commits;

/// <summary>
/// The SQL of instance commits: multi-row inserts of instances, journal entries, incidents and bookmarks, one guarded
/// UPDATE per existing instance (it must still be at the revision it was loaded from), and a DELETE of each commit's
/// resumed bookmarks (each must still exist). A guard that misses throws <see cref="CommitConflictException"/>.
/// </summary>
internal sealed class CommitStatements
{
    private readonly MappedTable instances;
    private readonly MappedTable journal;
    private readonly MappedTable incidents;
    private readonly MappedTable bookmarks;
    private readonly string updateInstanceText;
    private readonly TableColumn[] updatedColumns;
    private readonly TableColumn instanceKey;
    private readonly TableColumn instanceRevision;

    public CommitStatements(IModel model, ISqlGenerationHelper sql, bool reuseSingleRowStatements)
    {
        instances = new MappedTable(model.FindEntityType(typeof(WorkflowInstanceRecord))!, sql, reuseSingleRowStatements);
        journal = new MappedTable(model.FindEntityType(typeof(JournalEntryRecord))!, sql, reuseSingleRowStatements);
        incidents = new MappedTable(model.FindEntityType(typeof(IncidentRecord))!, sql, reuseSingleRowStatements);
        bookmarks = new MappedTable(model.FindEntityType(typeof(BookmarkRecord))!, sql, reuseSingleRowStatements);

        instanceKey = instances.Column(nameof(WorkflowInstanceRecord.Id));
        instanceRevision = instances.Column(nameof(WorkflowInstanceRecord.Revision));
        updatedColumns = [.. instances.Columns.Where(c => !c.IsKey)];
        var set = updatedColumns.Select((c, i) => $"{c.QuotedName} = {instances.Parameter(i)}");
        updateInstanceText = new StringBuilder()
            .Append("UPDATE ").Append(instances.QuotedName)
            .Append(" SET ").AppendJoin(", ", set)
            .Append(" WHERE ").Append(instanceKey.QuotedName).Append(" = ").Append(instances.Parameter(updatedColumns.Length))
            .Append(" AND ").Append(instanceRevision.QuotedName).Append(" = ").Append(instances.Parameter(updatedColumns.Length + 1))
            .ToString();
    }

    /// <summary>Writes every commit inside <paramref name="transaction"/>; the caller commits or rolls back.</summary>
    public async Task WriteAsync(DbConnection connection, DbTransaction transaction, IReadOnlyList<PreparedCommit> commits, CancellationToken cancellationToken)
    {
        // Instances first: the journal, incidents and bookmarks reference them.
        await instances.InsertAsync(connection, transaction, [.. commits.Where(c => c.IsInsert).Select(c => c.Instance)], cancellationToken);
        await UpdateInstancesAsync(connection, transaction, [.. commits.Where(c => !c.IsInsert)], cancellationToken);

        await journal.InsertAsync(connection, transaction, [.. commits.SelectMany(c => c.Journal)], cancellationToken);
        await incidents.InsertAsync(connection, transaction, [.. commits.SelectMany(c => c.Incidents)], cancellationToken);
        await bookmarks.InsertAsync(connection, transaction, [.. commits.SelectMany(c => c.CreatedBookmarks)], cancellationToken);
        foreach (var commit in commits.Where(c => c.RemovedBookmarkIds.Count > 0))
        {
            await DeleteBookmarksAsync(connection, transaction, commit, cancellationToken);
        }
    }

    private async Task UpdateInstancesAsync(DbConnection connection, DbTransaction transaction, IReadOnlyList<PreparedCommit> commits, CancellationToken cancellationToken)
    {
        if (commits.Count == 0)
        {
            return;
        }

        // One statement, re-executed with each instance's values.
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = updateInstanceText;
        for (var i = 0; i < updatedColumns.Length; i++)
        {
            updatedColumns[i].AddValue(command, instances.Parameter(i), commits[0].Instance);
        }

        instanceKey.AddParameter(command, instances.Parameter(updatedColumns.Length), commits[0].Instance.Id);
        instanceRevision.AddParameter(command, instances.Parameter(updatedColumns.Length + 1), commits[0].ExpectedRevision);
        foreach (var commit in commits)
        {
            if (!ReferenceEquals(commit, commits[0]))
            {
                for (var i = 0; i < updatedColumns.Length; i++)
                {
                    updatedColumns[i].SetValue(command.Parameters[i], commit.Instance);
                }

                command.Parameters[updatedColumns.Length].Value = commit.Instance.Id;
                command.Parameters[updatedColumns.Length + 1].Value = commit.ExpectedRevision;
            }

            if (await command.ExecuteNonQueryAsync(cancellationToken) != 1)
            {
                throw new CommitConflictException(commit, $"Instance '{commit.Instance.Id}' is no longer at revision {commit.ExpectedRevision}.");
            }
        }
    }

    /// <summary>Deletes a commit's resumed bookmarks; per commit, so a miss names the commit that lost the race.</summary>
    private async Task DeleteBookmarksAsync(DbConnection connection, DbTransaction transaction, PreparedCommit commit, CancellationToken cancellationToken)
    {
        var ids = commit.RemovedBookmarkIds;
        var key = bookmarks.Column(nameof(BookmarkRecord.Id));
        for (var start = 0; start < ids.Count; start += MappedTable.MaxParameters)
        {
            var count = Math.Min(MappedTable.MaxParameters, ids.Count - start);
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = new StringBuilder()
                .Append("DELETE FROM ").Append(bookmarks.QuotedName)
                .Append(" WHERE ").Append(key.QuotedName).Append(" IN (")
                .AppendJoin(", ", Enumerable.Range(0, count).Select(bookmarks.Parameter))
                .Append(')')
                .ToString();
            for (var i = 0; i < count; i++)
            {
                key.AddParameter(command, bookmarks.Parameter(i), ids[start + i]);
            }

            if (await command.ExecuteNonQueryAsync(cancellationToken) != count)
            {
                throw new CommitConflictException(commit, $"A bookmark instance '{commit.Instance.Id}' resumed was already taken by another writer.");
            }
        }
    }
}
