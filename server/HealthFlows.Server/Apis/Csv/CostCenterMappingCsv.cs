using HealthFlows.Runtime.MasterData;
using HealthFlows.Server.Apis.Contracts;
using HealthFlows.Server.Apis.Http;

namespace HealthFlows.Server.Apis.Csv;

/// <summary>
/// Reads the mapping import file: <c>kind,sourceCode,costCenterCode</c>, all required; kind is Department, Location or
/// HospitalService in any case. Whether each cost center exists, and repeated sources, the store checks.
/// </summary>
public static class CostCenterMappingCsv
{
    public static readonly string[] Columns = ["kind", "sourceCode", "costCenterCode"];

    public static CsvImport<CostCenterMapping> Read(byte[] body)
    {
        var table = CsvTable.Read(body, Columns, Columns);
        var errors = new List<CsvRowError>(table.Errors);
        var items = new List<CostCenterMapping>();
        var rows = new List<int>();
        foreach (var record in table.Records)
        {
            var kindText = record.Get("kind");
            if (!SourceKinds.TryParse(kindText, out var kind))
            {
                errors.Add(new CsvRowError(record.Row, "kind", $"'{kindText}' is not a kind; use {SourceKinds.Names}."));
                continue;
            }

            var item = MasterDataRules.Normalize(new CostCenterMapping
            {
                Kind = kind, SourceCode = record.Get("sourceCode"), CostCenterCode = record.Get("costCenterCode"),
            });
            var problems = MasterDataRules.Check(item);
            errors.AddRange(problems.Select(p => new CsvRowError(record.Row, p.Field, p.Message)));
            if (problems.Count == 0)
            {
                items.Add(item);
                rows.Add(record.Row);
            }
        }

        return new CsvImport<CostCenterMapping>(items, rows, errors);
    }
}
