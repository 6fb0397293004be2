namespace HealthFlows.Hl7.Batches;

/// <summary>A batch file split into its messages, each parsed on its own, with problems of the batch itself.</summary>
public sealed class Hl7BatchParseResult
{
    internal Hl7BatchParseResult(Hl7Message? envelope, IReadOnlyList<Hl7ParseResult> messages, IReadOnlyList<Hl7ParseError> errors)
    {
        Envelope = envelope;
        Messages = messages;
        Errors = errors;
    }

    /// <summary>The whole input as one segment list, so FHS, BHS, BTS and FTS fields read by path (<c>BHS-11</c>, <c>BTS-1</c>); null when unreadable.</summary>
    public Hl7Message? Envelope { get; }

    /// <summary>Every message in order, each parsed independently; their error positions count from their own MSH.</summary>
    public IReadOnlyList<Hl7ParseResult> Messages { get; }

    /// <summary>Problems with the batch itself (unreadable header, segments outside a message, trailer counts); positions count in the envelope.</summary>
    public IReadOnlyList<Hl7ParseError> Errors { get; }

    /// <summary>True when the batch and every message in it are valid.</summary>
    public bool IsValid => Envelope is not null && Errors.Count == 0 && Messages.All(m => m.IsValid);
}
