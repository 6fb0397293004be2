using HealthFlows.Server.Apis.Contracts;

namespace HealthFlows.Server.Apis.Csv;

/// <summary>The items read from a CSV import, each with its row, and every problem found.</summary>
public sealed record CsvImport<T>(IReadOnlyList<T> Items, IReadOnlyList<int> Rows, IReadOnlyList<CsvRowError> Errors);
