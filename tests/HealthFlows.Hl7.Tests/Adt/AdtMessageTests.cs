using HealthFlows.Hl7.Adt;

namespace HealthFlows.Hl7.Tests.Adt;

public sealed class AdtMessageTests
{
    private static readonly AdtMessage Admit = AdtMessage.From(Hl7Parser.Parse(TestMessages.AdmitA01).Message!);

    [Fact]
    public void From_Admit_ReadsEventAndControlId()
    {
        Assert.Equal("ADT^A01", Admit.MessageType);
        Assert.Equal("A01", Admit.EventType);
        Assert.Equal("MSG00001", Admit.ControlId);
        Assert.Equal("ADT1", Admit.SendingApplication);
        Assert.Equal(new DateTime(2026, 1, 15, 8, 29, 0), Admit.RecordedAt!.Value.Value);
    }

    [Fact]
    public void From_Admit_ReadsIdentifiersWithAuthorityAndType()
    {
        Assert.Equal(
            [new PatientIdentifier("123456", "GHH", "MR", ""), new PatientIdentifier("987654", "NHS", "NH", "")],
            Admit.Patient!.Identifiers);
    }

    [Fact]
    public void From_Admit_ReadsDemographics()
    {
        var patient = Admit.Patient!;

        Assert.Equal(new PersonName("EVERYWOMAN", "EVE", "E", "", "MRS", "L"), patient.Name);
        Assert.Equal(new DateOnly(1962, 3, 20), patient.BirthDate!.Value.Date);
        Assert.Equal("F", patient.Sex);
        Assert.Equal(new PostalAddress("153 FERNWOOD DR.", "", "STATESVILLE", "OH", "35292", "USA", "H"), Assert.Single(patient.Addresses));
        Assert.Equal("(206)3345232", Assert.Single(patient.HomePhones).Number);
        Assert.Equal("(206)752-121", Assert.Single(patient.BusinessPhones).Number);
        Assert.Equal("AC555444444", patient.AccountNumber!.Id);
    }

    [Fact]
    public void From_Admit_ReadsVisit()
    {
        var visit = Admit.Visit!;

        Assert.Equal("I", visit.PatientClass);
        Assert.Equal(new PatientLocation("2000", "2012", "01", "GHH", "", ""), visit.AssignedLocation);
        Assert.Equal(new Clinician("004777", "ATTEND", "AARON", "A", "DR", ""), visit.AttendingDoctor);
        Assert.Equal("SUR", visit.HospitalService);
        Assert.Equal(new PatientIdentifier("V1001", "GHH", "VN", ""), visit.VisitNumber);
        Assert.Equal(new DateTime(2026, 1, 15, 8, 0, 0), visit.AdmitTime!.Value.Value);
        Assert.Null(visit.DischargeTime);
        Assert.Empty(Admit.Charges);
        Assert.Null(Admit.Merge);
    }

    [Fact]
    public void From_DftWithCharges_ReadsEveryLine()
    {
        var message = Hl7Parser.Parse(TestMessages.Join(
            "MSH|^~\\&|BILL|HOSP|ERP|FIN|20260301120000||DFT^P03^DFT_P03|D100|P|2.5",
            "EVN|P03|20260301120000",
            "PID|1||555^^^HOSP^MR||DOE^JOHN||19800101|M",
            "PV1|1|O|CLINIC^^^HOSP||||||||||||||||V555^^^HOSP^VN|SP",
            "FT1|1|T1||20260301093000|20260301|CG|80053^Comprehensive metabolic panel^CPT|Metabolic panel||2|84.50&EUR|42.25&EUR|LAB^Laboratory",
            "FT1|2|T2||20260301100000|20260301|CG|71045^Chest X-ray^CPT|||1|120.00|120.00|RAD^Radiology|||RADROOM^^^HOSP||||999^RAY^RITA|||||71045")).Message!;

        var adt = AdtMessage.From(message);

        Assert.Equal("P03", adt.EventType);
        Assert.Equal("SP", adt.Visit!.FinancialClass);
        Assert.Equal(2, adt.Charges.Count);
        var first = adt.Charges[0];
        Assert.Equal("80053", first.Code);
        Assert.Equal("Metabolic panel", first.Description);
        Assert.Equal(2m, first.Quantity);
        Assert.Equal(84.50m, first.ExtendedAmount);
        Assert.Equal(42.25m, first.UnitAmount);
        Assert.Equal("EUR", first.Currency);
        Assert.Equal("LAB", first.Department);
        Assert.Equal("Laboratory", first.DepartmentName);
        Assert.Equal(new DateTime(2026, 3, 1, 9, 30, 0), first.TransactionDate!.Value.Value);
        var second = adt.Charges[1];
        Assert.Equal("Chest X-ray", second.Description);
        Assert.Equal("RAD", second.Department);
        Assert.Equal("RADROOM", second.AssignedLocation!.PointOfCare);
        Assert.Equal("RAY", second.PerformedBy!.Family);
        Assert.Equal("71045", second.ProcedureCode);
        Assert.Equal(5, second.SegmentIndex);
    }

    [Fact]
    public void From_MergeA40_ReadsPriorIdentifiers()
    {
        var message = Hl7Parser.Parse(TestMessages.Join(
            "MSH|^~\\&|A|B|C|D|20260101||ADT^A40^ADT_A39|M1|P|2.5",
            "EVN|A40|20260101",
            "PID|1||100^^^HOSP^MR||KEEP^ME",
            "MRG|200^^^HOSP^MR~300^^^OLD^MR||ACC9||V9^^^HOSP^VN||GONE^ME")).Message!;

        var merge = AdtMessage.From(message).Merge!;

        Assert.Equal(["200", "300"], merge.PriorIdentifiers.Select(i => i.Id));
        Assert.Equal("ACC9", merge.PriorAccountNumber!.Id);
        Assert.Equal("V9", merge.PriorVisitNumber!.Id);
        Assert.Equal("GONE", merge.PriorName!.Family);
    }

    [Fact]
    public void From_MessageWithoutPatient_GivesNullParts()
    {
        var adt = AdtMessage.From(Hl7Parser.Parse("MSH|^~\\&|A|B|C|D|1||ADT|1|P|2.3\rEVN|A08\r").Message!);

        Assert.Equal("A08", adt.EventType);
        Assert.Null(adt.Patient);
        Assert.Null(adt.Visit);
    }

    [Fact]
    public void From_InvalidNumbersAndDates_GiveNull()
    {
        var adt = AdtMessage.From(Hl7Parser.Parse(TestMessages.Join(
            "MSH|^~\\&|A|B|C|D|1||DFT^P03|1|P|2.5",
            "PID|1||1||X||1999-01-01",
            "FT1|1|||notadate||CG|C1|||two|1,5")).Message!);

        Assert.Null(adt.Patient!.BirthDate);
        Assert.Null(adt.Charges[0].TransactionDate);
        Assert.Null(adt.Charges[0].Quantity);
        Assert.Null(adt.Charges[0].ExtendedAmount);
    }

    [Fact]
    public void PhoneNumber_StructuredXtn_BuildsNumber()
    {
        var adt = AdtMessage.From(Hl7Parser.Parse(TestMessages.Join(
            "MSH|^~\\&|A|B|C|D|1||ADT^A04|1|P|2.5",
            "PID|1||1||X||||||||^PRN^PH^^1^206^5551234^12~^NET^Internet^eve@example.org")).Message!);

        var phones = adt.Patient!.HomePhones;
        Assert.Equal("+1 206 5551234 x12", phones[0].Number);
        Assert.Equal("eve@example.org", phones[1].Email);
    }
}
