namespace HealthFlows.Hl7;

/// <summary>The outcome of parsing: the message when its header could be read, and every problem found.</summary>
public sealed class Hl7ParseResult
{
    internal Hl7ParseResult(Hl7Message? message, IReadOnlyList<Hl7ParseError> errors)
    {
        Message = message;
        Errors = errors;
    }

    /// <summary>The parsed message; present whenever the delimiters could be read, even if <see cref="Errors"/> is not empty (so an AE/AR ACK can still be built).</summary>
    public Hl7Message? Message { get; }

    /// <summary>Every problem found; empty for a valid message.</summary>
    public IReadOnlyList<Hl7ParseError> Errors { get; }

    /// <summary>True when a message was read and nothing is wrong with it.</summary>
    public bool IsValid => Message is not null && Errors.Count == 0;

    /// <summary>The first problem, or null for a valid message.</summary>
    public Hl7ParseError? FirstError => Errors.Count > 0 ? Errors[0] : null;
}
