namespace HealthFlows.Hl7.Adt;

/// <summary>One financial transaction (FT1) of a DFT message.</summary>
public sealed record ChargeLine
{
    /// <summary>Zero-based index of the FT1 segment in the message, for error reports.</summary>
    public required int SegmentIndex { get; init; }

    /// <summary>FT1-1, the set id.</summary>
    public required string SetId { get; init; }

    /// <summary>FT1-2, the sender's transaction id.</summary>
    public required string TransactionId { get; init; }

    /// <summary>FT1-4-1, when the service was performed.</summary>
    public Hl7DateTime? TransactionDate { get; init; }

    /// <summary>FT1-5, when the charge was posted.</summary>
    public Hl7DateTime? PostingDate { get; init; }

    /// <summary>FT1-6, the transaction type from table 0017 (CG charge, CD credit, PY payment, AJ adjustment).</summary>
    public required string TransactionType { get; init; }

    /// <summary>FT1-7-1, the transaction (charge) code.</summary>
    public required string Code { get; init; }

    /// <summary>FT1-7-2, the code's text.</summary>
    public required string CodeText { get; init; }

    /// <summary>FT1-7-3, the coding system of <see cref="Code"/>.</summary>
    public required string CodingSystem { get; init; }

    /// <summary>FT1-8, the transaction description (or FT1-7-2 when FT1-8 is empty).</summary>
    public required string Description { get; init; }

    /// <summary>FT1-10, the quantity; null when absent or not a number.</summary>
    public decimal? Quantity { get; init; }

    /// <summary>FT1-11-1-1, the extended amount (quantity times unit amount); null when absent or not a number.</summary>
    public decimal? ExtendedAmount { get; init; }

    /// <summary>FT1-12-1-1, the unit amount; null when absent or not a number.</summary>
    public decimal? UnitAmount { get; init; }

    /// <summary>The currency of the amounts (FT1-11-1-2, else FT1-12-1-2), or empty.</summary>
    public required string Currency { get; init; }

    /// <summary>FT1-13-1, the department code.</summary>
    public required string Department { get; init; }

    /// <summary>FT1-13-2, the department's name.</summary>
    public required string DepartmentName { get; init; }

    /// <summary>FT1-16, the assigned patient location.</summary>
    public PatientLocation? AssignedLocation { get; init; }

    /// <summary>FT1-20, who performed the service (first repetition).</summary>
    public Clinician? PerformedBy { get; init; }

    /// <summary>FT1-21, who ordered it (first repetition).</summary>
    public Clinician? OrderedBy { get; init; }

    /// <summary>FT1-25-1, the procedure code (e.g. CPT).</summary>
    public required string ProcedureCode { get; init; }

    internal static ChargeLine Read(Hl7Segment ft1)
    {
        var code = ft1.Text(7, 1);
        var codeText = ft1.Text(7, 2);
        var description = ft1.Text(8, 1);
        var currency = ft1.Text(11, 1, 2);
        return new()
        {
            SegmentIndex = ft1.Index,
            SetId = ft1.Text(1),
            TransactionId = ft1.Text(2),
            TransactionDate = ft1.DateTime(4),
            PostingDate = ft1.DateTime(5),
            TransactionType = ft1.Text(6, 1),
            Code = code,
            CodeText = codeText,
            CodingSystem = ft1.Text(7, 3),
            Description = description.Length > 0 ? description : codeText,
            Quantity = SegmentText.Decimal(ft1.Text(10, 1)),
            ExtendedAmount = SegmentText.Decimal(ft1.Text(11, 1, 1)),
            UnitAmount = SegmentText.Decimal(ft1.Text(12, 1, 1)),
            Currency = currency.Length > 0 ? currency : ft1.Text(12, 1, 2),
            Department = ft1.Text(13, 1),
            DepartmentName = ft1.Text(13, 2),
            AssignedLocation = ElementReader.ReadFirst(ft1, 16, PatientLocation.Read),
            PerformedBy = ElementReader.ReadFirst(ft1, 20, Clinician.Read),
            OrderedBy = ElementReader.ReadFirst(ft1, 21, Clinician.Read),
            ProcedureCode = ft1.Text(25, 1),
        };
    }
}
