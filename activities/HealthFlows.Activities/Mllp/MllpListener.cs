using System.Text.Json;
using HealthFlows.Runtime.Activities;

namespace HealthFlows.Activities.Mllp;

/// <summary>Starts the workflow for each HL7 v2 message received over MLLP (TCP) on its port.</summary>
/// <remarks>
/// The inputs are listener settings the server reads from the published version (literals only: there is no
/// instance to evaluate an expression against). When an instance starts, the listener has already stored the
/// message as the instance input; this activity only exposes it as outputs.
/// </remarks>
[Activity("MllpListener", "Triggers", DisplayName = "MLLP Listener", Kind = ActivityKind.Trigger, Icon = "play",
    Description = "Listens for HL7 v2 messages over MLLP (TCP) on a port and starts the workflow for each one; the sender gets an ACK (AA, AE or AR) after the message is stored.")]
public sealed class MllpListener : Activity
{
    public const string TypeName = "MllpListener";

    [Input(Description = "The TCP port to listen on (1-65535). One published workflow per port.", Required = true)]
    public Input<int> Port { get; } = new();

    [Input(DisplayName = "Allowed source addresses", Description = "IP addresses or CIDR ranges (10.0.0.0/8) allowed to connect; empty allows any.")]
    public Input<List<string>> AllowedSources { get; } = new([]);

    [Input(DisplayName = "Max connections", Description = "Open connections at most; further ones are closed at once.")]
    public Input<int> MaxConnections { get; } = new(MllpListenerSettings.DefaultMaxConnections);

    [Input(DisplayName = "Max message bytes", Description = "Largest message accepted; a larger one is answered with AR and the connection stays open.")]
    public Input<int> MaxMessageBytes { get; } = new(MllpListenerSettings.DefaultMaxMessageBytes);

    [Input(DisplayName = "ACK timeout", Description = "How long the workflow may run before the ACK is sent anyway (the message is stored by then).")]
    public Input<TimeSpan> AckTimeout { get; } = new(MllpListenerSettings.DefaultAckTimeout);

    [Input(DisplayName = "Idle timeout", Description = "A connection with no data for this long is closed.")]
    public Input<TimeSpan> IdleTimeout { get; } = new(MllpListenerSettings.DefaultIdleTimeout);

    [Input(DisplayName = "Default character set", Description = "How a message whose MSH-18 is empty is decoded (HL7 table 0211, e.g. UNICODE UTF-8, 8859/1, ASCII).")]
    public Input<string> DefaultCharset { get; } = new(MllpListenerSettings.DefaultCharsetName);

    [Input(DisplayName = "Use TLS", Description = "Accept TLS connections only, with the certificate configured in HealthFlows:Mllp:Tls.")]
    public Input<bool> UseTls { get; } = new(false);

    [Output(Description = "The message as decoded text (ER7), without the MLLP frame.")]
    public Output<string> Message { get; } = new();

    [Output(DisplayName = "Message type", Description = "MSH-9, e.g. ADT^A01.")]
    public Output<string> MessageType { get; } = new();

    [Output(DisplayName = "Control id", Description = "MSH-10, the message control id.")]
    public Output<string> ControlId { get; } = new();

    [Output(DisplayName = "Remote address", Description = "The sender's IP address and port.")]
    public Output<string> RemoteAddress { get; } = new();

    public override ValueTask<ActivityResult> ExecuteAsync(ActivityExecutionContext context)
    {
        var input = context.WorkflowInput is { ValueKind: JsonValueKind.Object } value ? value : default;
        context.Set(Message, Read(input, MllpTriggerInput.MessageProperty));
        context.Set(MessageType, Read(input, MllpTriggerInput.MessageTypeProperty));
        context.Set(ControlId, Read(input, MllpTriggerInput.ControlIdProperty));
        context.Set(RemoteAddress, Read(input, MllpTriggerInput.RemoteAddressProperty));
        return ValueTask.FromResult(ActivityResult.Done());
    }

    private static string Read(JsonElement input, string name) =>
        input.ValueKind == JsonValueKind.Object && input.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()!
            : "";
}
