namespace HealthFlows.Server.Apis.Contracts;

/// <summary>One problem of a CSV import: the row (the file's line, 1 being the header), the column when one is at fault, and what is wrong.</summary>
public sealed record CsvRowError(int Row, string? Column, string Message);
