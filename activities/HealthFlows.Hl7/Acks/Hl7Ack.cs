namespace HealthFlows.Hl7.Acks;

/// <summary>Builds original-mode acknowledgements (ACK with MSA, and ERR when reporting a problem).</summary>
/// <remarks>Never acknowledge an acknowledgement: check <see cref="Hl7Message.IsAck"/> before answering.</remarks>
public static class Hl7Ack
{
    private const string FallbackVersion = "2.5";

    /// <summary>An ACK for <paramref name="original"/>: its delimiters, sender and receiver swapped, MSA-2 its control id.</summary>
    public static string Create(Hl7Message original, Hl7AckRequest request)
    {
        ArgumentNullException.ThrowIfNull(original);
        ArgumentNullException.ThrowIfNull(request);
        var header = original.FindSegment("MSH");
        string Raw(int field) => header?.GetFieldRaw(field) ?? string.Empty;

        var builder = new Hl7MessageBuilder(original.Delimiters);
        var msh = builder.AddSegment("MSH")
            .SetRaw(3, Raw(5)).SetRaw(4, Raw(6)).SetRaw(5, Raw(3)).SetRaw(6, Raw(4))
            .Set(7, Hl7DateTime.Format(request.Timestamp))
            .Set(10, request.ControlId)
            .SetRaw(11, Raw(11) is { Length: > 0 } processingId ? processingId : "P")
            .SetRaw(12, Raw(12) is { Length: > 0 } version ? version : FallbackVersion);
        SetMessageType(msh, original.TriggerEvent);
        if (Raw(18) is { Length: > 0 } characterSet) msh.SetRaw(18, characterSet);

        var msa = builder.AddSegment("MSA").Set(1, request.Code.ToString()).SetRaw(2, Raw(10));
        if (request.Text is { } text) msa.Set(3, text);
        if (request.Error is { } error) AddError(builder, error, original);
        return builder.Write();
    }

    /// <summary>An ACK for input that could not be read as a message at all: standard delimiters and an empty MSA-2.</summary>
    public static string CreateForUnreadable(Hl7AckRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var builder = new Hl7MessageBuilder();
        var msh = builder.AddSegment("MSH")
            .Set(7, Hl7DateTime.Format(request.Timestamp))
            .Set(10, request.ControlId)
            .Set(11, "P")
            .Set(12, FallbackVersion);
        SetMessageType(msh, string.Empty);
        var msa = builder.AddSegment("MSA").Set(1, request.Code.ToString());
        if (request.Text is { } text) msa.Set(3, text);
        if (request.Error is { } error) AddError(builder, error, original: null);
        return builder.Write();
    }

    /// <summary>The ACK a parse result deserves: AA when valid, else AR for header problems and AE for the rest, with the first error reported.</summary>
    public static string CreateFor(Hl7ParseResult result, string controlId, DateTimeOffset timestamp)
    {
        ArgumentNullException.ThrowIfNull(result);
        var error = result.FirstError;
        var code = error is null ? Hl7AckCode.AA : error.SegmentIndex == 0 ? Hl7AckCode.AR : Hl7AckCode.AE;
        var request = new Hl7AckRequest(code, controlId, timestamp) { Text = error?.Message, Error = error };
        return result.Message is { } message ? Create(message, request) : CreateForUnreadable(request);
    }

    private static void SetMessageType(Hl7SegmentBuilder msh, string trigger)
    {
        msh.Set(9, 1, 1, 0, "ACK");
        if (trigger.Length == 0) return;
        msh.Set(9, 1, 2, 0, trigger).Set(9, 1, 3, 0, "ACK");
    }

    private static void AddError(Hl7MessageBuilder builder, Hl7ParseError error, Hl7Message? original)
    {
        var err = builder.AddSegment("ERR");
        if (error.SegmentName.Length == 3)
        {
            err.Set(2, 1, 1, 0, error.SegmentName).Set(2, 1, 2, 0, SegmentSequence(error, original).ToString(System.Globalization.CultureInfo.InvariantCulture));
            if (error.FieldPosition > 0) err.Set(2, 1, 3, 0, error.FieldPosition.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        var (code, text) = Hl7ErrorCodeFor(error.Code);
        err.Set(3, 1, 1, 0, code).Set(3, 1, 2, 0, text).Set(3, 1, 3, 0, "HL70357").Set(4, "E").Set(8, error.Message);
    }

    // ERR-2-2 counts segments of the same name up to the one at fault (1-based).
    private static int SegmentSequence(Hl7ParseError error, Hl7Message? original)
    {
        if (original is null || error.SegmentIndex >= original.SegmentCount) return 1;
        var sequence = 0;
        for (var i = 0; i <= error.SegmentIndex; i++)
        {
            if (original[i].Is(error.SegmentName)) sequence++;
        }

        return Math.Max(sequence, 1);
    }

    private static (string Code, string Text) Hl7ErrorCodeFor(Hl7ParseErrorCode code) => code switch
    {
        Hl7ParseErrorCode.MissingMessageType or Hl7ParseErrorCode.MissingControlId => ("101", "Required field missing"),
        Hl7ParseErrorCode.InvalidSegmentName or Hl7ParseErrorCode.MissingHeader => ("100", "Segment sequence error"),
        Hl7ParseErrorCode.InvalidDelimiters or Hl7ParseErrorCode.UnsupportedCharacterSet => ("102", "Data type error"),
        _ => ("207", "Application internal error"),
    };
}
