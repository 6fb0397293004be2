using HealthFlows.Runtime.Stores;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace HealthFlows.Persistence.Stores.Commits;

/// <summary>Writes prepared commits in one transaction on a pooled context's connection (so its interceptors apply).</summary>
internal sealed class CommitWriter(IDbContextFactory<HealthFlowsDbContext> contexts)
{
    private CommitStatements? statements;

    /// <summary>Writes all of <paramref name="commits"/> or none; on success each instance carries its new revision.</summary>
    public async Task WriteAsync(IReadOnlyList<PreparedCommit> commits, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var sql = statements ??= new CommitStatements(db.Model, db.GetService<ISqlGenerationHelper>(), reuseSingleRowStatements: db.Database.IsSqlite());
        await db.Database.OpenConnectionAsync(cancellationToken);
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            await sql.WriteAsync(db.Database.GetDbConnection(), transaction.GetDbTransaction(), commits, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        foreach (var commit in commits)
        {
            commit.Committed();
        }
    }

    /// <summary>Writes one commit, turning a lost race into <see cref="ConcurrencyConflictException"/>.</summary>
    public async Task WriteAloneAsync(PreparedCommit commit, CancellationToken cancellationToken)
    {
        try
        {
            await WriteAsync([commit], cancellationToken);
        }
        catch (Exception ex) when (DbErrors.IsConflict(ex))
        {
            throw Conflict(commit, ex);
        }
    }

    /// <summary>The error a caller whose commit lost a race sees.</summary>
    public static ConcurrencyConflictException Conflict(PreparedCommit commit, Exception cause) =>
        new($"Workflow instance '{commit.Instance.Id}' was changed by another writer, or a bookmark it resumed was already taken.", cause);
}
