using HealthFlows.Hl7;

namespace HealthFlows.Server.Triggers.Mllp;

/// <summary>Original mode (MSH-15 and MSH-16 empty: one ACK) or enhanced mode with its accept and application conditions.</summary>
internal sealed record AckMode(bool Enhanced, AckCondition Accept, AckCondition Application)
{
    public static AckMode Of(Hl7Message message)
    {
        var accept = message.GetValue("MSH-15") ?? "";
        var application = message.GetValue("MSH-16") ?? "";
        return accept.Length == 0 && application.Length == 0
            ? new AckMode(false, AckCondition.Always, AckCondition.Always)
            : new AckMode(true, AckConditions.Parse(accept), AckConditions.Parse(application));
    }
}
