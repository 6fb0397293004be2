namespace HealthFlows.Runtime.Tests.Activities.Fhir;

/// <summary>Varied ADT messages for the FHIR mapping: each event, rich and sparse patients, explicit nulls, other delimiters.</summary>
public static class AdtCorpus
{
    private static string Message(params string[] segments) => string.Join('\r', segments) + "\r";

    /// <summary>A01 with three identifiers (one with an ISO OID authority), two names, a birth time, addresses, phones, e-mail and four clinicians.</summary>
    public static readonly string AdmitRich = Message(
        @"MSH|^~\&|ADT1|GOOD HEALTH HOSPITAL|BILLING|GHH|20261125083000+0100||ADT^A01^ADT_A01|MSG00001|P|2.5.1",
        "EVN|A01|20261125082900",
        "PID|1||123456^^^GHH&1.2.3.4.5&ISO^MR~987-65-4320^^^SSA^SS~P-77^^^GHH^PI||EVERYWOMAN^EVE^E^JR^MRS^^L~SMITH^EVE^^^^^M||196203200815|F|||2222 HOME STREET^APT 4^GREENSBORO^NC^27401-1020^USA^H~PO BOX 12^^GREENSBORO^NC^27402^USA^M||^PRN^PH^^1^555^5552004~^PRS^CP^^^555^5551234~^NET^Internet^eve@example.org|(555)555-2005^WPN^PH",
        "PV1|1|I|2000^2012^01^GHH||||004777^ATTEND^AARON^A^^DR^^^GHH|008888^REFER^RITA|009999^CONSULT^CARL~009998^CONSULT^CORA|SUR||||ADM|A0||004777^ATTEND^AARON^A^^DR^^^GHH||V1001^^^GHH^VN|||||||||||||||||||||||||20261125082500+0100");

    /// <summary>A03 discharge with admit and discharge times, both with offsets.</summary>
    public static readonly string Discharge = Message(
        @"MSH|^~\&|ADT1|GHH|BILLING|GHH|20261128120000+0100||ADT^A03^ADT_A03|MSG00003|P|2.5.1",
        "EVN|A03|20261128115500",
        "PID|1||123456^^^GHH^MR||EVERYWOMAN^EVE^^^^^L||19620320|F",
        "PV1|1|I|2000^2012^01^GHH||||004777^ATTEND^AARON||||||||||||V1001^^^GHH^VN|||||||||||||||||||||||||20261125082500+0100|20261128113000+0100");

    /// <summary>A04 outpatient registration, times without an offset.</summary>
    public static readonly string Register = Message(
        @"MSH|^~\&|REG|CLINIC|EHR|GHH|20261125090000||ADT^A04^ADT_A01|MSG00004|P|2.5.1",
        "PID|1||555^^^CLINIC^MR||DOE^JOHN||19800512|M|||1 MAIN ST^^SPRINGFIELD^IL^62701",
        "PV1|1|O|CLIN1^^^CLINIC|||||||CAR|||||||||V2002^^^CLINIC^VN|||||||||||||||||||||||||202611250900");

    /// <summary>A08 update whose birth date, sex, address, phone, service and admit time are explicit nulls ("").</summary>
    public static readonly string UpdateWithNulls = Message(
        @"MSH|^~\&|ADT1|GHH|BILLING|GHH|20261126100000+0100||ADT^A08^ADT_A01|MSG00008|P|2.5.1",
        "PID|1||123456^^^GHH^MR||EVERYWOMAN^EVE^^^^^L||\"\"|\"\"|||\"\"||\"\"",
        "PV1|1|I|2000^2012^01^GHH|||||||\"\"|||||||||V1001^^^GHH^VN|||||||||||||||||||||||||\"\"|\"\"");

    /// <summary>A11 cancel admit.</summary>
    public static readonly string CancelAdmit = Message(
        @"MSH|^~\&|ADT1|GHH|BILLING|GHH|20261125100000+0100||ADT^A11^ADT_A09|MSG00011|P|2.5.1",
        "PID|1||123456^^^GHH^MR||EVERYWOMAN^EVE^^^^^L||19620320|F",
        "PV1|1|I|2000^2012^01^GHH||||||||||||||||V1001^^^GHH^VN|||||||||||||||||||||||||20261125082500+0100");

    /// <summary>A13 cancel discharge that still carries the discharge time it cancels.</summary>
    public static readonly string CancelDischarge = Message(
        @"MSH|^~\&|ADT1|GHH|BILLING|GHH|20261128130000+0100||ADT^A13^ADT_A01|MSG00013|P|2.5.1",
        "PID|1||123456^^^GHH^MR||EVERYWOMAN^EVE^^^^^L||19620320|F",
        "PV1|1|I|2000^2012^01^GHH||||||||||||||||V1001^^^GHH^VN|||||||||||||||||||||||||20261125082500+0100|20261128113000+0100");

    /// <summary>A40 merge: the surviving patient and the merged-away identifier, no visit.</summary>
    public static readonly string Merge = Message(
        @"MSH|^~\&|ADT1|GHH|BILLING|GHH|20261129090000+0100||ADT^A40^ADT_A39|MSG00040|P|2.5.1",
        "EVN|A40|20261129085900",
        "PID|1||123456^^^GHH^MR||EVERYWOMAN^EVE^^^^^L||19620320|F",
        "MRG|654321^^^GHH^MR||||||EVERYWOMAN^EVA");

    /// <summary>Only what the standard requires: an identifier, a name, a patient class nobody maps (N).</summary>
    public static readonly string Sparse = Message(
        @"MSH|^~\&|ADT1|GHH|||20261125||ADT^A01|MSG00100|P|2.3",
        "PID|||42||ROE",
        "PV1||N");

    /// <summary>A01 in other delimiters: # fields, $ components, * repetitions, ! escape, @ subcomponents.</summary>
    public static readonly string CustomDelimiters = Message(
        "MSH#$*!@#ADT1#GHH#BILLING#GHH#20261125083000+0100##ADT$A01$ADT_A01#MSG00200#P#2.5.1",
        "PID#1##777$$$GHH$MR*888$$$GHH$PI##O!S!BRIEN$PAT##19900101#M",
        "PV1#1#E#ER$$$GHH");

    /// <summary>A patient who died (PID-29 and PID-30), on a recurring (R) visit.</summary>
    public static readonly string Deceased = Message(
        @"MSH|^~\&|ADT1|GHH|BILLING|GHH|20261201090000+0100||ADT^A08^ADT_A01|MSG00300|P|2.5.1",
        "PID|1||123456^^^GHH^MR||EVERYWOMAN^EVE^^^^^L||19620320|F|||||||||||||||||||||20261130221500+0100|Y",
        "PV1|1|R|ONC^^^GHH||||||||||||||||V3003^^^GHH^VN");

    /// <summary>Every message of the corpus, by name, for theories.</summary>
    public static readonly IReadOnlyDictionary<string, string> All = new Dictionary<string, string>
    {
        [nameof(AdmitRich)] = AdmitRich,
        [nameof(Discharge)] = Discharge,
        [nameof(Register)] = Register,
        [nameof(UpdateWithNulls)] = UpdateWithNulls,
        [nameof(CancelAdmit)] = CancelAdmit,
        [nameof(CancelDischarge)] = CancelDischarge,
        [nameof(Merge)] = Merge,
        [nameof(Sparse)] = Sparse,
        [nameof(CustomDelimiters)] = CustomDelimiters,
        [nameof(Deceased)] = Deceased,
    };
}
