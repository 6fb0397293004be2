using System.Text.Json;
using HealthFlows.Hl7;
using HealthFlows.Hl7.Acks;
using HealthFlows.Runtime.Activities;
using HealthFlows.Runtime.Execution;
using HealthFlows.Runtime.Model;

namespace HealthFlows.Activities.Healthcare;

/// <summary>Builds the original-mode HL7 acknowledgement (ACK) for a raw message with the toolkit's ACK generator.</summary>
/// <remarks>
/// A message that does not parse is still answered: AR with an ERR segment naming the first problem, in the message's
/// own delimiters when its MSH could be read, in the standard ones (and an empty MSA-2) when not. An acknowledgement
/// is never acknowledged: an ACK as input follows Skipped with no ack.
/// </remarks>
[Activity("CreateHl7Ack", "Healthcare", DisplayName = "Create HL7 ACK", Outcomes = [Created, Skipped], Icon = "hl7",
    Description = "Builds the HL7 v2 ACK for a raw message (MSA-1 the chosen code, MSA-2 its control id, its delimiters); a message that does not parse gets AR with an ERR segment; an ACK is never acknowledged (Skipped).")]
public sealed class CreateHl7Ack : Activity
{
    public const string Created = "Created";
    public const string Skipped = "Skipped";

    // MSH-10 is ST(20) up to v2.6; a UUID v7's first 20 hex digits are its millisecond time and 32 random bits.
    private const int ControlIdLength = 20;

    [Input(Description = "The original raw HL7 v2 message (ER7 text), e.g. input.message.", UIHint = "multiline", Required = true, DefaultMode = InputMode.Expression)]
    public Input<string> Message { get; } = new();

    [Input(DisplayName = "Ack code", Description = "MSA-1: AA accept, AE error, AR reject. A message that does not parse is always answered AR.", Options = ["AA", "AE", "AR"])]
    public Input<string> Code { get; } = new("AA");

    [Input(Description = "MSA-3, a text for people; for a message that does not parse, the parser's problem when left empty.")]
    public Input<string> Text { get; } = new();

    [Input(DisplayName = "Control id", Description = "MSH-10 of the ACK itself; a new time-ordered id when left empty.")]
    public Input<string> ControlId { get; } = new();

    [Output(Description = "The ACK as ER7 text, segments ended by carriage returns.")]
    public Output<string> Ack { get; } = new();

    [Output(DisplayName = "Ack code", Description = "The MSA-1 code actually written (AR when the message did not parse).")]
    public Output<string> AckCode { get; } = new();

    [Output(DisplayName = "Ack control id", Description = "MSH-10 of the ACK.")]
    public Output<string> AckControlId { get; } = new();

    public override ValueTask<ActivityResult> ExecuteAsync(ActivityExecutionContext context)
    {
        var requested = context.Get(Code);
        if (!Enum.TryParse<Hl7AckCode>(requested, ignoreCase: false, out var code) || code is not (Hl7AckCode.AA or Hl7AckCode.AE or Hl7AckCode.AR))
        {
            throw new InputConversionException($"Input 'code' of node '{context.NodeId}' must be AA, AE or AR, but is '{requested}'.");
        }

        var text = context.Get(Text) is { Length: > 0 } given ? given : null;
        var controlId = context.Get(ControlId) is { Length: > 0 } id ? id : NewControlId(context.Clock);
        var timestamp = context.Clock.GetUtcNow();
        var raw = context.GetJson(Message) is { ValueKind: JsonValueKind.String } value ? value.GetString() : null;

        string ack;
        if (string.IsNullOrWhiteSpace(raw))
        {
            code = Hl7AckCode.AR;
            ack = Hl7Ack.CreateForUnreadable(new Hl7AckRequest(code, controlId, timestamp) { Text = text ?? "No message was received." });
        }
        else
        {
            var result = Hl7Parser.Parse(raw);
            if (result.Message is { IsAck: true })
            {
                return ValueTask.FromResult(ActivityResult.Complete(Skipped));
            }

            if (result.FirstError is not null) code = Hl7AckCode.AR;
            var request = new Hl7AckRequest(code, controlId, timestamp) { Text = text ?? result.FirstError?.Message, Error = result.FirstError };
            ack = result.Message is { } message ? Hl7Ack.Create(message, request) : Hl7Ack.CreateForUnreadable(request);
        }

        context.Set(Ack, ack);
        context.Set(AckCode, code.ToString());
        context.Set(AckControlId, controlId);
        return ValueTask.FromResult(ActivityResult.Complete(Created));
    }

    private static string NewControlId(TimeProvider clock) => Guid.CreateVersion7(clock.GetUtcNow()).ToString("N")[..ControlIdLength];
}
