using System.Globalization;
using System.Text.Json;
using HealthFlows.Runtime.Activities;
using HealthFlows.Runtime.Execution;
using HealthFlows.Runtime.MasterData;
using HealthFlows.Runtime.Model;
using Microsoft.Extensions.DependencyInjection;

namespace HealthFlows.Activities.Erp;

/// <summary>Finds the cost center a clinical department, hospital service or location books to, and checks it on a date.</summary>
/// <remarks>
/// The sources are tried in the order department, hospital service, location, skipping empty ones; the first that has a
/// mapping decides, even when its cost center is Invalid, so a closed cost center is reported rather than silently
/// replaced by another source's. A date that is not a date faults the step: that is a workflow error, not master data.
/// </remarks>
[Activity("ValidateCostCenter", "ERP", DisplayName = "Validate Cost Center", Outcomes = [Valid, Invalid, Unknown], Icon = "erp",
    Description = "Finds the cost center that the department, hospital service or location (tried in that order; the first one mapped decides) books to, and checks it is active and in effect on the date: Valid, Invalid with the reason, or Unknown when none is mapped.")]
public sealed class ValidateCostCenter : Activity
{
    public const string Valid = "Valid";
    public const string Invalid = "Invalid";
    public const string Unknown = "Unknown";

    [Input(Description = "The department code, e.g. a charge's performing department; tried first.", Type = "string", DefaultMode = InputMode.Expression)]
    public Input<JsonElement> Department { get; } = new();

    [Input(DisplayName = "Hospital service", Description = "The hospital service (PV1-10), e.g. outputs.parse.adt.visit.hospitalService; tried second.", Type = "string", DefaultMode = InputMode.Expression)]
    public Input<JsonElement> HospitalService { get; } = new();

    [Input(Description = "The location's point of care (PV1-3-1), e.g. outputs.parse.adt.visit.assignedLocation.pointOfCare; tried last.", Type = "string", DefaultMode = InputMode.Expression)]
    public Input<JsonElement> Location { get; } = new();

    [Input(Description = "The day to check, as yyyy-MM-dd or a date-time whose own date is used; empty for today in the server's time zone.")]
    public Input<string> Date { get; } = new();

    [Output(DisplayName = "Cost center", Description = "The mapped cost center's code (also when Invalid); empty when Unknown.")]
    public Output<string> CostCenter { get; } = new();

    [Output(DisplayName = "Cost center name", Description = "The mapped cost center's name; empty when Unknown.")]
    public Output<string> CostCenterName { get; } = new();

    [Output(Description = "Why it is Invalid or Unknown; empty when Valid.")]
    public Output<string> Reason { get; } = new();

    [Output(DisplayName = "Matched by", Description = "Which input decided: department, hospitalService or location; empty when Unknown.")]
    public Output<string> MatchedBy { get; } = new();

    public override async ValueTask<ActivityResult> ExecuteAsync(ActivityExecutionContext context)
    {
        var store = context.Services.GetService<ICostCenterStore>()
            ?? throw new InvalidOperationException("Validate Cost Center needs an ICostCenterStore; the host registers one with its persistence.");
        var date = ReadDate(context);
        var sources = new (CostCenterSourceKind Kind, string Input, string Code)[]
        {
            (CostCenterSourceKind.Department, "department", ReadCode(context, Department)),
            (CostCenterSourceKind.HospitalService, "hospitalService", ReadCode(context, HospitalService)),
            (CostCenterSourceKind.Location, "location", ReadCode(context, Location)),
        }.Where(s => s.Code.Length > 0).ToList();

        foreach (var (kind, input, code) in sources)
        {
            var resolution = await store.ResolveAsync(kind, code, date, context.CancellationToken);
            if (resolution.Status != CostCenterResolutionStatus.Unknown)
            {
                return Finish(context, resolution.Status == CostCenterResolutionStatus.Valid ? Valid : Invalid, resolution.CostCenter, resolution.Reason, input);
            }
        }

        var reason = sources.Count == 0
            ? "No department, hospital service or location was given."
            : $"No cost center is mapped from {string.Join(" or ", sources.Select(s => $"{CostCenterResolution.Describe(s.Kind)} '{MasterDataRules.NormalizeCode(s.Code)}'"))}.";
        return Finish(context, Unknown, null, reason, "");
    }

    private ActivityResult Finish(ActivityExecutionContext context, string outcome, CostCenter? costCenter, string? reason, string matchedBy)
    {
        context.Set(CostCenter, costCenter?.Code ?? "");
        context.Set(CostCenterName, costCenter?.Name ?? "");
        context.Set(Reason, reason ?? "");
        context.Set(MatchedBy, matchedBy);
        return ActivityResult.Complete(outcome);
    }

    // Read as JSON rather than Input<string> because an expression may give a number (department 100): that is still a
    // code. Anything else is a wiring mistake.
    private static string ReadCode(ActivityExecutionContext context, Input<JsonElement> input) => context.GetJson(input) switch
    {
        null => "",
        { ValueKind: JsonValueKind.Null or JsonValueKind.Undefined } => "",
        { ValueKind: JsonValueKind.String } text => text.GetString()!.Trim(),
        { ValueKind: JsonValueKind.Number } number => number.GetRawText(),
        var other => throw new InputConversionException(
            $"Input '{input.Name}' of node '{context.NodeId}' expects a code (text), but its value is {other.Value.ValueKind.ToString().ToLowerInvariant()}."),
    };

    private DateOnly ReadDate(ActivityExecutionContext context)
    {
        var text = context.Get(Date)?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return DateOnly.FromDateTime(context.Clock.GetLocalNow().DateTime);
        }

        if (text.Length >= 10 && (text.Length == 10 || text[10] is 'T' or 't' or ' ')
            && DateOnly.TryParseExact(text.AsSpan(0, 10), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        throw new InputConversionException($"Input 'date' of node '{context.NodeId}' expects yyyy-MM-dd or an ISO 8601 date-time, but its value is '{text}'.");
    }
}
