namespace HealthFlows.Hl7.Tests;

/// <summary>Small messages shared by tests; segments are joined with carriage returns as on the wire.</summary>
internal static class TestMessages
{
    public static string Join(params string[] segments) => string.Join('\r', segments) + "\r";

    public static readonly string AdmitA01 = Join(
        @"MSH|^~\&|ADT1|GOOD HEALTH HOSPITAL|GHH LAB|GHH|20260115083000+0100||ADT^A01^ADT_A01|MSG00001|P|2.5.1|||AL|NE||UNICODE UTF-8",
        "EVN|A01|20260115082900",
        "PID|1||123456^^^GHH^MR~987654^^^NHS^NH||EVERYWOMAN^EVE^E^^MRS^^L||19620320|F|||153 FERNWOOD DR.^^STATESVILLE^OH^35292^USA^H||(206)3345232|(206)752-121||||AC555444444",
        "PV1|1|I|2000^2012^01^GHH||||004777^ATTEND^AARON^A^^DR|||SUR||||ADM|A0||||V1001^^^GHH^VN|||||||||||||||||||||||||20260115080000");
}
