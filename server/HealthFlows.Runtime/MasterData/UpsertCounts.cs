namespace HealthFlows.Runtime.MasterData;

/// <summary>What a bulk upsert or import did: rows added, rows changed, rows already as given.</summary>
public sealed record UpsertCounts(int Inserted, int Updated, int Unchanged);
