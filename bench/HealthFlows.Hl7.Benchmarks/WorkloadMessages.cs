using System.Globalization;
using System.Text;

namespace HealthFlows.Hl7.Benchmarks;

/// <summary>Builds the benchmark messages once, as UTF-8 bytes with carriage-return terminators.</summary>
public static class WorkloadMessages
{
    // Declared first: static fields initialise in order, and the DFT charges below use it.
    private static readonly string[] Departments = ["LAB", "MED", "ORTHO", "CAR", "PED", "EME", "RAD", "SURG"];

    private static readonly byte[] Adt = Encoding.UTF8.GetBytes(Join(
        "MSH|^~\\&|REGADT|MCM|IFENG|HOSP|20261125083000+0100||ADT^A01^ADT_A01|ADT0000001|P|2.5.1|||AL|NE||UNICODE UTF-8",
        "EVN|A01|20261125082900|||OP001^OPERATOR^OLIVE",
        "PID|1||123456^^^MCM^MR~987654321^^^SSA^SS||EVERYWOMAN^EVE^E^^MRS^^L~SMITH^EVE^^^^^M||19620320|F|||153 FERNWOOD DR.^^STATESVILLE^OH^35292^USA^H||(206)3345232^PRN^PH~^NET^Internet^eve@example.org|(206)752-121^WPN^PH||M^Married^HL70002|||AC555444444^^^MCM^AN",
        "NK1|1|EVERYMAN^ADAM^A|SPO^Spouse^HL70063|153 FERNWOOD DR.^^STATESVILLE^OH^35292^USA^H|(206)3345232",
        "PV1|1|I|2000^2012^01^HOSP||||004777^ATTEND^AARON^A^^DR|||SUR||||ADM|A0|||||V1001^^^HOSP^VN|SP|||||||||||||||||||||||||20261125080000",
        "PV2|||^Knee replacement",
        "AL1|1|DA|PCN^Penicillin^L|SV|Hives",
        "DG1|1||M17.11^Unilateral primary osteoarthritis, right knee^I10|||A",
        "IN1|1|GOLD^Gold plan|INS01|ACME INSURANCE|1 INSURANCE WAY^^HARTFORD^CT^06101"));

    private static readonly byte[] Dft = Encoding.UTF8.GetBytes(Join([
        "MSH|^~\\&|BILLING|HOSP|ERP|FINANCE|20261125160000||DFT^P03^DFT_P03|DFT0000001|P|2.5",
        "EVN|P03|20261125160000",
        "PID|1||100005^^^MCM^MR||PATEL^PRIYA^R||19920217|F|||77 CEDAR LN^^EDISON^NJ^08817^USA^H||||||AC100005^^^MCM^AN",
        "PV1|1|I|ORTHO^1^1^HOSP|||||||ORT|||||||||VD1^^^HOSP^VN|SP",
        .. Enumerable.Range(1, 200).Select(Charge)]));

    private static readonly byte[] Oru = Encoding.UTF8.GetBytes(Join(
        "MSH|^~\\&|RAD|IMG|EMR|HOSP|20261125100000||ORU^R01^ORU_R01|ORU0000001|P|2.5.1",
        "PID|1||100004^^^MCM^MR||GARCIA^MATEO||20150630|M",
        "PV1|1|O|RAD^1^1^HOSP||||||||||||||||VO1^^^HOSP^VN",
        "ORC|RE|PL1|FL1",
        "OBR|1|PL1|FL1|18748-4^Diagnostic imaging study^LN|||20261125090000",
        "OBX|1|ED|PDF^Report^L||^AP^PDF^Base64^" + Base64Pdf(1024 * 1024) + "||||||F",
        "NTE|1|L|Signed by radiologist."));

    /// <summary>The messages one operation parses for a workload.</summary>
    public static byte[][] For(Workload workload) => workload switch
    {
        Workload.AdtSmall => [Adt],
        Workload.DftManyCharges => [Dft],
        Workload.Oru1MbBase64 => [Oru],
        _ => [Adt, Dft, Oru],
    };

    /// <summary>Bytes parsed per operation.</summary>
    public static long BytesPerOperation(Workload workload) => For(workload).Sum(m => (long)m.Length);

    private static string Charge(int i) => string.Create(CultureInfo.InvariantCulture,
        $"FT1|{i}|TX{i:00000}||20261125{i % 24:00}3000|20261125|CG|{80000 + i}^Service line {i}^CPT|Service line {i}||{1 + (i % 3)}|{(1 + (i % 3)) * 12.5m:0.00}&EUR|12.50&EUR|{Departments[i % Departments.Length]}^Department|||{Departments[i % Departments.Length]}^^^HOSP||||{3000 + i}^PROVIDER^PAT|||||{80000 + i}");

    private static string Base64Pdf(int length)
    {
        // A deterministic stand-in for a PDF: base64 of repeating bytes, cut to the length wanted.
        var raw = new byte[(length / 4 * 3) + 3];
        for (var i = 0; i < raw.Length; i++) raw[i] = (byte)((i * 31) ^ (i >> 7));
        return Convert.ToBase64String(raw)[..length];
    }

    private static string Join(params string[] segments) => string.Join('\r', segments) + "\r";
}
