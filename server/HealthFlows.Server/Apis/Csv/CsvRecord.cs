namespace HealthFlows.Server.Apis.Csv;

/// <summary>One data record of a CSV import: the line it starts on and its values by (lower-case) column name.</summary>
public sealed record CsvRecord(int Row, IReadOnlyDictionary<string, string> Values)
{
    /// <summary>The trimmed value of a column; empty when the file has no such column.</summary>
    public string Get(string column) => Values.TryGetValue(column.ToLowerInvariant(), out var value) ? value : "";
}
