using System.Text.Unicode;
using CsvHelper;
using HealthFlows.Server.Apis.Contracts;

namespace HealthFlows.Server.Apis.Csv;

/// <summary>
/// A CSV import file read with CsvHelper: comma-separated, UTF-8 (a byte order mark is skipped), RFC 4180 quoting, a
/// header row naming the columns in any order and case. Rows are line numbers, the header being row 1, so they match
/// a text editor and a spreadsheet. Every problem is collected, none stops the reading.
/// </summary>
public sealed class CsvTable
{
    private CsvTable(IReadOnlyList<CsvRecord> records, IReadOnlyList<CsvRowError> errors)
    {
        Records = records;
        Errors = errors;
    }

    public IReadOnlyList<CsvRecord> Records { get; }

    public IReadOnlyList<CsvRowError> Errors { get; }

    /// <summary>Whether <paramref name="body"/> is UTF-8 text (checked before reading, so no character is silently replaced).</summary>
    public static bool IsUtf8(byte[] body) => Utf8.IsValid(body);

    /// <summary>Reads the records; <paramref name="columns"/> are the known column names, <paramref name="required"/> those that must be there.</summary>
    public static CsvTable Read(byte[] body, IReadOnlyList<string> columns, IReadOnlyList<string> required)
    {
        var errors = new List<CsvRowError>();
        var records = new List<CsvRecord>();
        var options = new CsvReaderOptions
        {
            Separator = ',',
            HasHeader = true,
            TrimWhitespace = true,
            TrackLineNumbers = true,
            OnMalformedRecord = bad => errors.Add(new CsvRowError(LineOf(bad.LineNumber), null, Describe(bad.Reason))),
        };

        try
        {
            ReadRecords(CsvReader.Create(body, options), columns, required, records, errors);
        }
        catch (CsvFormatException ex)
        {
            errors.Add(new CsvRowError(1, null, $"The file is not readable CSV: {ex.Message}"));
        }

        return new CsvTable(records, errors);
    }

    private static void ReadRecords(CsvReader csv, IReadOnlyList<string> columns, IReadOnlyList<string> required, List<CsvRecord> records, List<CsvRowError> errors)
    {
        using var reader = csv;
        var header = reader.Headers.Select(h => h.Trim().ToLowerInvariant()).ToList();
        if (!CheckHeader(header, columns, required, errors))
        {
            return;
        }

        while (reader.Read())
        {
            if (reader.FieldCount != header.Count)
            {
                errors.Add(new CsvRowError(LineOf(reader.LineNumber), null, $"The row has {reader.FieldCount} fields; the header has {header.Count}."));
                continue;
            }

            var values = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var i = 0; i < header.Count; i++)
            {
                values[header[i]] = reader.GetString(i).Trim();
            }

            records.Add(new CsvRecord(LineOf(reader.LineNumber), values));
        }
    }

    private static bool CheckHeader(List<string> header, IReadOnlyList<string> columns, IReadOnlyList<string> required, List<CsvRowError> errors)
    {
        var known = columns.ToDictionary(c => c.ToLowerInvariant(), c => c, StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in header)
        {
            if (!known.ContainsKey(name))
            {
                errors.Add(new CsvRowError(1, name, $"Unknown column '{name}'; the columns are {string.Join(", ", columns)}."));
            }
            else if (!seen.Add(name))
            {
                errors.Add(new CsvRowError(1, known[name], $"Column '{known[name]}' comes twice."));
            }
        }

        foreach (var column in required.Where(c => !seen.Contains(c.ToLowerInvariant())))
        {
            errors.Add(new CsvRowError(1, column, $"The header has no '{column}' column; it is required."));
        }

        return errors.Count == 0;
    }

    // The body limit (a few MB) keeps line numbers far below int.MaxValue.
    private static int LineOf(long line) => (int)Math.Min(line, int.MaxValue);

    private static string Describe(CsvMalformedReason reason) => reason switch
    {
        CsvMalformedReason.StrayQuote => "A quote inside an unquoted field; quote the whole field and double the quotes inside (\"a \"\"b\"\" c\").",
        CsvMalformedReason.TextAfterClosingQuote => "Text after the closing quote of a quoted field.",
        CsvMalformedReason.UnterminatedQuote => "A quoted field is never closed.",
        _ => "The row's quoting is malformed.",
    };
}
