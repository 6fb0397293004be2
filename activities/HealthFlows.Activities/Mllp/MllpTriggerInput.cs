using System.Text.Json;

namespace HealthFlows.Activities.Mllp;

/// <summary>The instance input an MLLP listener stores for each message: the decoded text and header ids, no other PHI.</summary>
/// <param name="Message">The message as text (ER7), decoded by MSH-18 or the listener's default character set.</param>
/// <param name="MessageType">MSH-9, e.g. ADT^A01.</param>
/// <param name="ControlId">MSH-10.</param>
/// <param name="RemoteAddress">The sender's IP address and port.</param>
public sealed record MllpTriggerInput(string Message, string MessageType, string ControlId, string RemoteAddress)
{
    public const string MessageProperty = "message";
    public const string MessageTypeProperty = "messageType";
    public const string ControlIdProperty = "controlId";
    public const string RemoteAddressProperty = "remoteAddress";

    public JsonElement ToJson() => JsonSerializer.SerializeToElement(this, JsonSerializerOptions.Web);
}
