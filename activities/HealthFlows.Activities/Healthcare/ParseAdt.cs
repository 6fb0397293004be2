using System.Text.Json;
using HealthFlows.Hl7;
using HealthFlows.Hl7.Adt;
using HealthFlows.Runtime.Activities;
using HealthFlows.Runtime.Model;

namespace HealthFlows.Activities.Healthcare;

/// <summary>Parses a raw HL7 v2 ADT (or DFT) message into the typed view.</summary>
/// <remarks>
/// Bad input is an outcome, never an exception: a message that does not parse, or whose event is not allowed,
/// follows Invalid with the reasons. Nothing is written to the process log, because the message is patient data.
/// </remarks>
[Activity("ParseAdt", "Healthcare", DisplayName = "Parse ADT", Outcomes = [Parsed, Invalid], Icon = "hl7",
    Description = "Parses a raw HL7 v2 ADT or DFT message into its typed view (patient, visit, merge, charges); Invalid lists the reasons when it does not parse or its event is not allowed.")]
public sealed class ParseAdt : Activity
{
    public const string Parsed = "Parsed";
    public const string Invalid = "Invalid";

    [Input(Description = "The raw HL7 v2 message (ER7 text), e.g. input.message, or input when the body is the message itself.", UIHint = "multiline", Required = true, DefaultMode = InputMode.Expression)]
    public Input<string> Message { get; } = new();

    [Input(DisplayName = "Allowed event types", Description = "Trigger events to accept, e.g. [\"A01\", \"A03\", \"A04\", \"A08\"]; empty accepts every event.")]
    public Input<List<string>> AllowedEventTypes { get; } = new([]);

    [Output(Description = "The typed view: event, patient (PID), visit (PV1), merge (MRG) and charge lines (FT1).")]
    public Output<JsonElement> Adt { get; } = new();

    [Output(DisplayName = "Message type", Description = "MSH-9, e.g. ADT^A01.")]
    public Output<string> MessageType { get; } = new();

    [Output(DisplayName = "Control id", Description = "MSH-10, the message control id.")]
    public Output<string> ControlId { get; } = new();

    [Output(DisplayName = "Event type", Description = "The trigger event, e.g. A01 (MSH-9-2, else EVN-1).")]
    public Output<string> EventType { get; } = new();

    [Output(Description = "Why the message is Invalid; empty when it parsed.")]
    public Output<List<string>> Reasons { get; } = new();

    public override ValueTask<ActivityResult> ExecuteAsync(ActivityExecutionContext context)
    {
        var text = context.GetJson(Message) is { ValueKind: JsonValueKind.String } value ? value.GetString() : null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return Reject(context, ["The message input gives no HL7 text."]);
        }

        var result = Hl7Parser.Parse(text);
        if (result.Message is not { } message)
        {
            return Reject(context, Describe(result.Errors));
        }

        var adt = AdtMessage.From(message);
        context.Set(MessageType, adt.MessageType);
        context.Set(ControlId, adt.ControlId);
        context.Set(EventType, adt.EventType);
        if (!result.IsValid)
        {
            return Reject(context, Describe(result.Errors));
        }

        var allowed = context.Get(AllowedEventTypes) ?? [];
        if (allowed.Count > 0 && !allowed.Contains(adt.EventType, StringComparer.OrdinalIgnoreCase))
        {
            return Reject(context, [$"Event type '{adt.EventType}' is not one of the allowed types ({string.Join(", ", allowed)})."]);
        }

        context.Set(Adt, AdtJson.ToJson(adt));
        context.Set(Reasons, []);
        return ValueTask.FromResult(ActivityResult.Complete(Parsed));
    }

    private ValueTask<ActivityResult> Reject(ActivityExecutionContext context, List<string> reasons)
    {
        context.Set(Reasons, reasons);
        return ValueTask.FromResult(ActivityResult.Complete(Invalid));
    }

    private static List<string> Describe(IReadOnlyList<Hl7ParseError> errors) =>
        [.. errors.Select(error => error.Location.Length > 0 ? $"{error.Location}: {error.Message}" : error.Message)];
}
