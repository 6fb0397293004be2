using System.Globalization;
using HealthFlows.Runtime.MasterData;
using HealthFlows.Server.Apis.Contracts;

namespace HealthFlows.Server.Apis.Csv;

/// <summary>
/// Reads the cost center import file: <c>code,name,active,effectiveFrom,effectiveTo,erpId</c>, of which code and name are
/// required. An empty or missing active is true; dates are yyyy-MM-dd or empty.
/// </summary>
public static class CostCenterCsv
{
    public static readonly string[] Columns = ["code", "name", "active", "effectiveFrom", "effectiveTo", "erpId"];

    private static readonly string[] Required = ["code", "name"];
    private static readonly string[] TrueValues = ["true", "yes", "y", "1"];
    private static readonly string[] FalseValues = ["false", "no", "n", "0"];

    public static CsvImport<CostCenter> Read(byte[] body)
    {
        var table = CsvTable.Read(body, Columns, Required);
        var errors = new List<CsvRowError>(table.Errors);
        var items = new List<CostCenter>();
        var rows = new List<int>();
        var firstRowOfCode = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var record in table.Records)
        {
            var before = errors.Count;
            var active = ReadActive(record, errors);
            var from = ReadDate(record, "effectiveFrom", errors);
            var to = ReadDate(record, "effectiveTo", errors);
            var item = MasterDataRules.Normalize(new CostCenter
            {
                Code = record.Get("code"), Name = record.Get("name"), Active = active, EffectiveFrom = from, EffectiveTo = to, ErpId = record.Get("erpId"),
            });
            errors.AddRange(MasterDataRules.Check(item).Select(p => new CsvRowError(record.Row, p.Field, p.Message)));
            if (item.Code.Length > 0 && !firstRowOfCode.TryAdd(item.Code, record.Row))
            {
                errors.Add(new CsvRowError(record.Row, "code", $"Cost center {item.Code} is already on row {firstRowOfCode[item.Code]}."));
            }

            if (errors.Count == before)
            {
                items.Add(item);
                rows.Add(record.Row);
            }
        }

        return new CsvImport<CostCenter>(items, rows, errors);
    }

    private static bool ReadActive(CsvRecord record, List<CsvRowError> errors)
    {
        var text = record.Get("active");
        if (text.Length == 0 || TrueValues.Contains(text, StringComparer.OrdinalIgnoreCase))
        {
            return true;
        }

        if (FalseValues.Contains(text, StringComparer.OrdinalIgnoreCase))
        {
            return false;
        }

        errors.Add(new CsvRowError(record.Row, "active", $"'{text}' is not true or false (also yes/no, 1/0)."));
        return true;
    }

    private static DateOnly? ReadDate(CsvRecord record, string column, List<CsvRowError> errors)
    {
        var text = record.Get(column);
        if (text.Length == 0)
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        errors.Add(new CsvRowError(record.Row, column, $"'{text}' is not a date as yyyy-MM-dd."));
        return null;
    }
}
