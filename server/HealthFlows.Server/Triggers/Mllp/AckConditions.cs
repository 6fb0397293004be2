namespace HealthFlows.Server.Triggers.Mllp;

/// <summary>Reads and applies the table 0155 conditions of MSH-15 and MSH-16.</summary>
internal static class AckConditions
{
    public static AckCondition Parse(string value) => value.Trim().ToUpperInvariant() switch
    {
        "NE" => AckCondition.Never,
        "ER" => AckCondition.OnError,
        "SU" => AckCondition.OnSuccess,
        _ => AckCondition.Always,
    };

    /// <summary>Whether an acknowledgement that is a success (CA, AA) or not is to be sent under the condition.</summary>
    public static bool Wants(this AckCondition condition, bool success) => condition switch
    {
        AckCondition.Always => true,
        AckCondition.Never => false,
        AckCondition.OnError => !success,
        _ => success,
    };
}
