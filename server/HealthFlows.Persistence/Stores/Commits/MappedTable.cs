using System.Collections.Concurrent;
using System.Data.Common;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace HealthFlows.Persistence.Stores.Commits;

/// <summary>
/// A table as the EF model maps it, with INSERTs built from that mapping, so the hand-written commit path follows the
/// migrations (names, converters, provider types) instead of restating them.
/// </summary>
internal sealed class MappedTable
{
    /// <summary>Parameters per command: SQL Server takes at most 2,100; the others take more.</summary>
    public const int MaxParameters = 2000;

    private readonly ConcurrentDictionary<int, string> insertTexts = new();
    private readonly string[] parameterNames;
    private readonly bool reuseSingleRowStatement;

    /// <summary>
    /// Maps <paramref name="entityType"/>'s table. With <paramref name="reuseSingleRowStatement"/> rows are inserted one by one
    /// through one prepared statement (SQLite: in-process, so there is no round trip to save, and a statement with
    /// thousands of parameters costs more to prepare and bind than it saves); else <paramref name="sql"/> quotes a
    /// multi-row INSERT.
    /// </summary>
    public MappedTable(IEntityType entityType, ISqlGenerationHelper sql, bool reuseSingleRowStatement)
    {
        this.reuseSingleRowStatement = reuseSingleRowStatement;
        parameterNames = [.. Enumerable.Range(0, MaxParameters + 2).Select(i => sql.GenerateParameterName(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"p{i}")))];
        var table = StoreObjectIdentifier.Table(entityType.GetTableName()!, entityType.GetSchema());
        QuotedName = sql.DelimitIdentifier(table.Name, table.Schema);
        Columns = [.. entityType.GetProperties().Select(p => new TableColumn(p, sql.DelimitIdentifier(p.GetColumnName(table)!)))];
    }

    public string QuotedName { get; }

    public IReadOnlyList<TableColumn> Columns { get; }

    public TableColumn Column(string propertyName) => Columns.Single(c => c.PropertyName == propertyName);

    /// <summary>The placeholder (and name) of parameter <paramref name="index"/> of a command.</summary>
    public string Parameter(int index) => parameterNames[index];

    /// <summary>Inserts <paramref name="records"/>: row by row through one prepared statement, or with as few multi-row INSERTs as the parameter limit allows.</summary>
    public async Task InsertAsync(DbConnection connection, DbTransaction transaction, IReadOnlyList<object> records, CancellationToken cancellationToken)
    {
        if (reuseSingleRowStatement)
        {
            await InsertRowByRowAsync(connection, transaction, records, cancellationToken);
            return;
        }

        var rowsPerCommand = Math.Max(1, MaxParameters / Columns.Count);
        for (var start = 0; start < records.Count; start += rowsPerCommand)
        {
            var rows = Math.Min(rowsPerCommand, records.Count - start);
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = insertTexts.GetOrAdd(rows, InsertText);
            var parameter = 0;
            for (var row = start; row < start + rows; row++)
            {
                foreach (var column in Columns)
                {
                    column.AddValue(command, Parameter(parameter++), records[row]);
                }
            }

            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    private async Task InsertRowByRowAsync(DbConnection connection, DbTransaction transaction, IReadOnlyList<object> records, CancellationToken cancellationToken)
    {
        if (records.Count == 0)
        {
            return;
        }

        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = insertTexts.GetOrAdd(1, InsertText);
        for (var column = 0; column < Columns.Count; column++)
        {
            Columns[column].AddValue(command, Parameter(column), records[0]);
        }

        await command.ExecuteNonQueryAsync(cancellationToken);
        for (var row = 1; row < records.Count; row++)
        {
            for (var column = 0; column < Columns.Count; column++)
            {
                Columns[column].SetValue(command.Parameters[column], records[row]);
            }

            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    private string InsertText(int rows)
    {
        var text = new StringBuilder()
            .Append("INSERT INTO ").Append(QuotedName).Append(" (")
            .AppendJoin(", ", Columns.Select(c => c.QuotedName))
            .Append(") VALUES ");
        var parameter = 0;
        for (var row = 0; row < rows; row++)
        {
            text.Append(row == 0 ? "(" : ", (");
            for (var column = 0; column < Columns.Count; column++)
            {
                text.Append(column == 0 ? "" : ", ").Append(Parameter(parameter++));
            }

            text.Append(')');
        }

        return text.ToString();
    }
}
