using System.Text.RegularExpressions;

namespace HealthFlows.ErpSandbox.Storage;

/// <summary>
/// Adds the tables (and their indexes) a newer sandbox has to a file an older one created, so data kept across restarts
/// survives an upgrade. The file is made with <c>EnsureCreated</c>, which never changes an existing database.
/// </summary>
internal static partial class SchemaUpgrade
{
    public static async Task AddMissingTablesAsync(ErpSandboxDbContext db, CancellationToken cancellationToken)
    {
        var existing = await db.Database
            .SqlQueryRaw<string>("SELECT name AS \"Value\" FROM sqlite_master WHERE type = 'table'")
            .ToListAsync(cancellationToken);
        var known = existing.ToHashSet(StringComparer.OrdinalIgnoreCase);
        var added = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var statement in db.Database.GenerateCreateScript().Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (CreateTable().Match(statement) is { Success: true } table && !known.Contains(table.Groups["table"].Value))
            {
                added.Add(table.Groups["table"].Value);
            }
            else if (CreateIndex().Match(statement) is not { Success: true } index || !added.Contains(index.Groups["table"].Value))
            {
                continue;
            }

            await db.Database.ExecuteSqlRawAsync(statement, cancellationToken);
        }
    }

    [GeneratedRegex("^CREATE TABLE \"(?<table>[A-Za-z]+)\"")]
    private static partial Regex CreateTable();

    [GeneratedRegex("^CREATE (UNIQUE )?INDEX \"[A-Za-z_]+\" ON \"(?<table>[A-Za-z]+)\"")]
    private static partial Regex CreateIndex();
}
