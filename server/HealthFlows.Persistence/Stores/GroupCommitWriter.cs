using System.Threading.Channels;
using HealthFlows.Persistence.Stores.Commits;

namespace HealthFlows.Persistence.Stores;

/// <summary>
/// A single writer that coalesces concurrent instance commits into one transaction. A commit that lost its race is taken
/// out of its group and the rest written again; any other failure is sorted out by writing each commit alone. Each caller
/// learns its own outcome (its own conflict), and no commit rides on another.
/// </summary>
internal sealed class GroupCommitWriter : IAsyncDisposable
{
    private readonly CommitWriter writer;
    private readonly int maxGroupSize;
    private readonly Channel<PendingCommit> queue = Channel.CreateUnbounded<PendingCommit>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Task loop;

    public GroupCommitWriter(CommitWriter writer, int maxGroupSize)
    {
        this.writer = writer;
        this.maxGroupSize = Math.Max(1, maxGroupSize);
        loop = Task.Run(WriteLoopAsync);
    }

    public Task CommitAsync(PreparedCommit commit, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var pending = new PendingCommit(commit, cancellationToken);
        if (!queue.Writer.TryWrite(pending))
        {
            throw new ObjectDisposedException(nameof(GroupCommitWriter), "The instance store is shutting down.");
        }

        return pending.Completion.Task;
    }

    /// <summary>Writes the commits still queued, then stops.</summary>
    public async ValueTask DisposeAsync()
    {
        queue.Writer.TryComplete();
        await loop;
    }

    private async Task WriteLoopAsync()
    {
        var batch = new List<PendingCommit>(maxGroupSize);
        while (await queue.Reader.WaitToReadAsync())
        {
            while (batch.Count < maxGroupSize && queue.Reader.TryRead(out var pending))
            {
                // A caller that gave up before its turn is not written; once writing starts it runs to the end.
                if (pending.CancellationToken.IsCancellationRequested)
                {
                    pending.Completion.TrySetCanceled(pending.CancellationToken);
                }
                else
                {
                    batch.Add(pending);
                }
            }

            await WriteAsync(batch);
            batch.Clear();
        }
    }

    private async Task WriteAsync(List<PendingCommit> batch)
    {
        var remaining = batch;
        while (remaining.Count > 0)
        {
            var (group, deferred) = Partition(remaining);
            await WriteGroupAsync(group);
            remaining = deferred;
        }
    }

    /// <summary>
    /// Writes a group in one transaction. When a guard misses, the transaction rolled back; the commit it names gets its
    /// conflict (no other commit in the group touches its rows, so alone it would miss too) and the rest are tried again.
    /// Any other failure is sorted out by writing each commit alone.
    /// </summary>
    private async Task WriteGroupAsync(List<PendingCommit> group)
    {
        while (group.Count > 1)
        {
            try
            {
                await writer.WriteAsync([.. group.Select(p => p.Commit)], CancellationToken.None);
                foreach (var pending in group)
                {
                    pending.Completion.TrySetResult();
                }

                return;
            }
            catch (CommitConflictException ex)
            {
                var culprit = group.Find(p => ReferenceEquals(p.Commit, ex.Culprit))!;
                culprit.Completion.TrySetException(CommitWriter.Conflict(culprit.Commit, ex));
                group.Remove(culprit);
            }
            catch (Exception)
            {
                break;
            }
        }

        foreach (var pending in group)
        {
            await WriteAloneAsync(pending);
        }
    }

    /// <summary>
    /// Splits off the commits that touch no instance or bookmark an earlier one in the group touches; the rest wait for
    /// the next round, in their order, so an instance's commits land in queue order and one's conflict stays its own.
    /// </summary>
    private static (List<PendingCommit> Group, List<PendingCommit> Deferred) Partition(List<PendingCommit> commits)
    {
        var group = new List<PendingCommit>(commits.Count);
        var deferred = new List<PendingCommit>();
        var instances = new HashSet<string>(StringComparer.Ordinal);
        var bookmarks = new HashSet<string>(StringComparer.Ordinal);
        foreach (var pending in commits)
        {
            var commit = pending.Commit;
            var clashes = instances.Contains(commit.Instance.Id)
                || commit.RemovedBookmarkIds.Any(bookmarks.Contains)
                || commit.CreatedBookmarks.Any(b => bookmarks.Contains(b.Id));
            if (clashes)
            {
                deferred.Add(pending);
                continue;
            }

            instances.Add(commit.Instance.Id);
            bookmarks.UnionWith(commit.RemovedBookmarkIds);
            bookmarks.UnionWith(commit.CreatedBookmarks.Select(b => b.Id));
            group.Add(pending);
        }

        return (group, deferred);
    }

    private async Task WriteAloneAsync(PendingCommit pending)
    {
        try
        {
            await writer.WriteAloneAsync(pending.Commit, CancellationToken.None);
            pending.Completion.TrySetResult();
        }
        catch (Exception ex)
        {
            pending.Completion.TrySetException(ex);
        }
    }

    private sealed class PendingCommit(PreparedCommit commit, CancellationToken cancellationToken)
    {
        public PreparedCommit Commit { get; } = commit;

        public CancellationToken CancellationToken { get; } = cancellationToken;

        public TaskCompletionSource Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
