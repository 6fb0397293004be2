namespace HealthFlows.Hl7.Benchmarks;

/// <summary>The messages each benchmark parses per operation.</summary>
public enum Workload
{
    /// <summary>One admission (ADT^A01) of about 1 KB.</summary>
    AdtSmall,

    /// <summary>One charge message (DFT^P03) with 200 FT1 lines.</summary>
    DftManyCharges,

    /// <summary>One result (ORU^R01) of about 1 MB, nearly all of it a base64 PDF in OBX-5.</summary>
    Oru1MbBase64,

    /// <summary>One of each of the above, parsed in turn.</summary>
    Mix,
}
