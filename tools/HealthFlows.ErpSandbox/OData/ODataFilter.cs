namespace HealthFlows.ErpSandbox.OData;

/// <summary>
/// Parses the part of OData <c>$filter</c> that integrations use against Business Central:
/// <c>property eq literal</c> clauses joined by <c>and</c>, with <c>'it''s'</c> quoting.
/// </summary>
internal static class ODataFilter
{
    public static Outcome<IReadOnlyList<FilterClause>> Parse(string text)
    {
        var clauses = new List<FilterClause>();
        var position = 0;
        while (true)
        {
            var property = ReadWord(text, ref position);
            if (property.Length == 0 || !property.All(c => char.IsLetterOrDigit(c) || c == '_'))
                return Unsupported(text, "a property name was expected");
            if (!ReadWord(text, ref position).Equals("eq", StringComparison.OrdinalIgnoreCase))
                return Unsupported(text, "only the 'eq' operator is understood");
            SkipSpaces(text, ref position);
            var quoted = position < text.Length && text[position] == '\'';
            var literal = quoted ? ReadQuoted(text, ref position) : ReadWord(text, ref position);
            if (literal is null || (!quoted && literal.Length == 0))
                return Unsupported(text, "a literal was expected");
            clauses.Add(new FilterClause(property, literal, quoted));

            var next = ReadWord(text, ref position);
            if (next.Length == 0)
                return clauses;
            if (!next.Equals("and", StringComparison.OrdinalIgnoreCase))
                return Unsupported(text, "clauses can only be joined with 'and'");
        }
    }

    private static string ReadWord(string text, ref int position)
    {
        SkipSpaces(text, ref position);
        var start = position;
        while (position < text.Length && !char.IsWhiteSpace(text[position]))
            position++;
        return text[start..position];
    }

    private static string? ReadQuoted(string text, ref int position)
    {
        var value = new System.Text.StringBuilder();
        for (position++; position < text.Length; position++)
        {
            if (text[position] != '\'')
                value.Append(text[position]);
            else if (position + 1 < text.Length && text[position + 1] == '\'')
                value.Append(text[++position]);
            else
            {
                position++;
                return value.ToString();
            }
        }
        return null;
    }

    private static void SkipSpaces(string text, ref int position)
    {
        while (position < text.Length && char.IsWhiteSpace(text[position]))
            position++;
    }

    private static ErpError Unsupported(string text, string reason) =>
        ErpError.BadRequest($"The $filter '{text}' is not supported: {reason}.");
}
