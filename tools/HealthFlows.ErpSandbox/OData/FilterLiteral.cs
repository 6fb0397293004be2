using System.Globalization;

namespace HealthFlows.ErpSandbox.OData;

/// <summary>Converts a <c>$filter</c> literal to the type of the property it is compared with, following OData's literal forms.</summary>
internal static class FilterLiteral
{
    public static bool TryConvert(FilterClause clause, Type type, out object? value)
    {
        value = null;
        if (type == typeof(string))
            value = clause.Quoted ? clause.Literal : null;
        else if (type == typeof(Guid) && Guid.TryParse(clause.Literal, out var guid))
            value = guid;
        else if (type == typeof(bool) && !clause.Quoted && bool.TryParse(clause.Literal, out var flag))
            value = flag;
        else if (type == typeof(DateOnly) && !clause.Quoted
            && DateOnly.TryParseExact(clause.Literal, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            value = date;
        else if (type.IsEnum && clause.Quoted && Enum.TryParse(type, clause.Literal, ignoreCase: true, out var member))
            value = member;
        return value is not null;
    }
}
