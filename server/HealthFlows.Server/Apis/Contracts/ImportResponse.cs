namespace HealthFlows.Server.Apis.Contracts;

/// <summary>What a CSV import did: rows added, rows changed, rows already as in the file.</summary>
public sealed record ImportResponse(int Inserted, int Updated, int Unchanged);
