namespace HealthFlows.Hl7.Adt;

/// <summary>The visit as the PV1 segment describes it.</summary>
public sealed record AdtVisit
{
    /// <summary>PV1-2, the patient class from table 0004 (I inpatient, O outpatient, E emergency, ...).</summary>
    public required string PatientClass { get; init; }

    /// <summary>PV1-3, the assigned patient location.</summary>
    public PatientLocation? AssignedLocation { get; init; }

    /// <summary>PV1-6, the prior patient location (for transfers).</summary>
    public PatientLocation? PriorLocation { get; init; }

    /// <summary>PV1-7, the attending doctor (first repetition).</summary>
    public Clinician? AttendingDoctor { get; init; }

    /// <summary>PV1-8, the referring doctor (first repetition).</summary>
    public Clinician? ReferringDoctor { get; init; }

    /// <summary>PV1-9, every consulting doctor.</summary>
    public required IReadOnlyList<Clinician> ConsultingDoctors { get; init; }

    /// <summary>PV1-10, the hospital service code (MED, SUR, CAR, ...).</summary>
    public required string HospitalService { get; init; }

    /// <summary>PV1-17, the admitting doctor (first repetition).</summary>
    public Clinician? AdmittingDoctor { get; init; }

    /// <summary>PV1-19, the visit number.</summary>
    public PatientIdentifier? VisitNumber { get; init; }

    /// <summary>PV1-20-1, the financial class code of the first repetition.</summary>
    public required string FinancialClass { get; init; }

    /// <summary>PV1-44, the admit date and time.</summary>
    public Hl7DateTime? AdmitTime { get; init; }

    /// <summary>PV1-45, the discharge date and time (first repetition).</summary>
    public Hl7DateTime? DischargeTime { get; init; }

    internal static AdtVisit Read(Hl7Segment pv1) => new()
    {
        PatientClass = pv1.Text(2, 1),
        AssignedLocation = ElementReader.ReadFirst(pv1, 3, PatientLocation.Read),
        PriorLocation = ElementReader.ReadFirst(pv1, 6, PatientLocation.Read),
        AttendingDoctor = ElementReader.ReadFirst(pv1, 7, Clinician.Read),
        ReferringDoctor = ElementReader.ReadFirst(pv1, 8, Clinician.Read),
        ConsultingDoctors = ElementReader.ReadAll(pv1, 9, Clinician.Read),
        HospitalService = pv1.Text(10, 1),
        AdmittingDoctor = ElementReader.ReadFirst(pv1, 17, Clinician.Read),
        VisitNumber = ElementReader.ReadFirst(pv1, 19, PatientIdentifier.Read),
        FinancialClass = pv1.Text(20, 1),
        AdmitTime = pv1.DateTime(44),
        DischargeTime = pv1.DateTime(45),
    };
}
