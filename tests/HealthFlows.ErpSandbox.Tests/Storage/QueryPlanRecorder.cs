using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace HealthFlows.ErpSandbox.Tests.Storage;

/// <summary>Asks SQLite, before each query runs, how it will run it (<c>EXPLAIN QUERY PLAN</c> with the same parameters).</summary>
internal sealed class QueryPlanRecorder : DbCommandInterceptor
{
    private readonly List<(string Sql, string Plan)> plans = [];

    /// <summary>Every query run so far, with SQLite's plan for it (one line per plan row).</summary>
    public IReadOnlyList<(string Sql, string Plan)> Plans
    {
        get
        {
            lock (plans)
                return [.. plans];
        }
    }

    public override async ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        await using var explain = command.Connection!.CreateCommand();
        explain.Transaction = command.Transaction;
        explain.CommandText = "EXPLAIN QUERY PLAN " + command.CommandText;
        foreach (SqliteParameter parameter in command.Parameters)
            explain.Parameters.Add(new SqliteParameter(parameter.ParameterName, parameter.Value));
        var rows = new List<string>();
        await using (var reader = await explain.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
                rows.Add(reader.GetString(reader.GetOrdinal("detail")));
        }
        lock (plans)
            plans.Add((command.CommandText, string.Join('\n', rows)));
        return result;
    }
}
