namespace HealthFlows.Server.Tests.Triggers.Mllp;

/// <summary>HL7 v2 messages the MLLP tests send (made-up patients).</summary>
public static class MllpMessages
{
    /// <summary>An ADT with the given event and control id; MSH-15/16 set the enhanced-mode conditions, MSH-18 the character set.</summary>
    public static string Adt(string trigger, string controlId, string accept = "", string application = "", string charset = "", string family = "EVERYWOMAN") =>
        string.Join('\r',
            $@"MSH|^~\&|ADT1|GHH|BILLING|GHH|20261125083000||ADT^{trigger}|{controlId}|P|2.5.1|||{accept}|{application}||{charset}",
            $"PID|1||123456^^^GHH^MR||{family}^EVE||19620320|F",
            "PV1|1|I|2000^2012^01||||||SUR") + "\r";

    public static string Ack(string controlId, string acknowledged) => string.Join('\r',
        $@"MSH|^~\&|BILLING|GHH|ADT1|GHH|20261125083001||ACK^A01^ACK|{controlId}|P|2.5.1",
        $"MSA|AA|{acknowledged}") + "\r";
}
