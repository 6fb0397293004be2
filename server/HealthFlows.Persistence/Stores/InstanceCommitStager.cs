using HealthFlows.Persistence.Entities;
using HealthFlows.Persistence.Mapping;
using HealthFlows.Runtime.Stores;
using Microsoft.EntityFrameworkCore;

namespace HealthFlows.Persistence.Stores;

/// <summary>
/// Puts one <see cref="InstanceCommit"/> into a context as plain inserts, one guarded update and guarded deletes, so a
/// single SaveChanges writes it: the update matches only the revision it was loaded from and each delete must hit a row,
/// and EF reports a miss as a concurrency conflict.
/// </summary>
internal static class InstanceCommitStager
{
    public static void Stage(HealthFlowsDbContext db, InstanceCommit commit)
    {
        var instance = commit.Instance;
        var record = instance.ToRecord(instance.Revision + 1);
        if (instance.Revision == 0)
        {
            db.WorkflowInstances.Add(record);
        }
        else
        {
            var entry = db.Entry(record);
            entry.State = EntityState.Modified;
            entry.Property(r => r.Revision).OriginalValue = instance.Revision;
        }

        foreach (var entry in commit.JournalEntries)
        {
            db.JournalEntries.Add(entry.ToRecord(instance.Id));
        }

        foreach (var incident in commit.Incidents)
        {
            db.Incidents.Add(incident.ToRecord(instance.Id));
        }

        // A bookmark made and dropped in the same burst (a cancel right after a wait) never reaches the table.
        var removed = commit.RemovedBookmarkIds.ToHashSet(StringComparer.Ordinal);
        foreach (var bookmark in commit.CreatedBookmarks)
        {
            if (!removed.Remove(bookmark.Id))
            {
                db.Bookmarks.Add(bookmark.ToRecord(instance.Id));
            }
        }

        foreach (var bookmarkId in removed)
        {
            db.Entry(new BookmarkRecord { Id = bookmarkId, InstanceId = instance.Id }).State = EntityState.Deleted;
        }
    }

    /// <summary>Marks a written commit as stored.</summary>
    public static void Committed(InstanceCommit commit) => commit.Instance.Revision++;

    /// <summary>The error a caller sees for a failed write: a conflict when it lost a race, else the original.</summary>
    public static Exception Translate(InstanceCommit commit, Exception exception) =>
        DbErrors.IsConflict(exception)
            ? new ConcurrencyConflictException(
                $"Workflow instance '{commit.Instance.Id}' was changed by another writer (or a bookmark it resumed was already taken).",
                exception)
            : exception;
}
