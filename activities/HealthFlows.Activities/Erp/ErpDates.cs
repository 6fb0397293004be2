using System.Globalization;
using HealthFlows.Runtime.Activities;
using HealthFlows.Runtime.Execution;

namespace HealthFlows.Activities.Erp;

/// <summary>Reads a date input of an ERP activity: yyyy-MM-dd or an ISO 8601 date-time (its own date); empty is today by the engine clock.</summary>
internal static class ErpDates
{
    public static DateOnly Read(ActivityExecutionContext context, Input<string> input)
    {
        var text = context.Get(input)?.Trim();
        if (string.IsNullOrEmpty(text))
            return DateOnly.FromDateTime(context.Clock.GetUtcNow().UtcDateTime);
        if (text.Length >= 10 && (text.Length == 10 || text[10] is 'T' or 't' or ' ')
            && DateOnly.TryParseExact(text.AsSpan(0, 10), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            return date;
        throw new InputConversionException($"Input '{input.Name}' of node '{context.NodeId}' expects a date (yyyy-MM-dd), but its value is \"{text}\".");
    }
}
