using System.Buffers;

namespace HealthFlows.Server.Triggers.Mllp;

/// <summary>
/// Finds MLLP frames (<c>0x0B</c> message <c>0x1C 0x0D</c>) in a connection's byte stream, across any split of reads.
/// </summary>
/// <remarks>
/// Bytes outside a frame are discarded. A start block inside a frame starts the frame again (the sender gave up on
/// the previous one); a <c>0x1C</c> not followed by <c>0x0D</c> is kept as content. A frame larger than the maximum
/// is read to its end but only its first bytes are kept, so the header can still be answered and the stream stays
/// in step.
/// </remarks>
internal sealed class MllpFrameDecoder(int maxMessageBytes)
{
    public const byte StartBlock = 0x0B;
    public const byte EndBlock = 0x1C;
    public const byte CarriageReturn = 0x0D;

    // Enough of an oversized frame to read its MSH segment for the AR.
    private const int OversizedKeep = 8 * 1024;

    private static readonly byte[] Markers = [StartBlock, EndBlock];
    private readonly ArrayBufferWriter<byte> _content = new();
    private bool _inFrame;
    private long _length;

    /// <summary>Takes the next complete frame from <paramref name="buffer"/>, which is left at the first byte not yet consumed.</summary>
    public bool TryRead(ref ReadOnlySequence<byte> buffer, out MllpFrame? frame)
    {
        frame = null;
        var reader = new SequenceReader<byte>(buffer);
        while (!reader.End && frame is null)
        {
            if (!_inFrame)
            {
                if (!reader.TryAdvanceTo(StartBlock))
                {
                    reader.AdvanceToEnd();
                    break;
                }

                Begin();
                continue;
            }

            if (!reader.TryReadToAny(out ReadOnlySequence<byte> content, Markers, advancePastDelimiter: false))
            {
                Append(reader.UnreadSequence);
                reader.AdvanceToEnd();
                break;
            }

            Append(content);
            reader.TryPeek(out var marker);
            if (marker == StartBlock)
            {
                reader.Advance(1);
                Begin();
                continue;
            }

            // The end block needs the byte after it; leave it unconsumed until that byte arrives.
            if (reader.Remaining < 2)
            {
                break;
            }

            reader.Advance(1);
            reader.TryPeek(out var next);
            if (next == CarriageReturn)
            {
                reader.Advance(1);
                frame = Complete();
            }
            else
            {
                Append(new ReadOnlySequence<byte>(Markers, 1, 1));
            }
        }

        buffer = buffer.Slice(reader.Position);
        return frame is not null;
    }

    private void Begin()
    {
        _inFrame = true;
        _length = 0;
        _content.ResetWrittenCount();
    }

    private void Append(ReadOnlySequence<byte> content)
    {
        _length += content.Length;
        var limit = _length > maxMessageBytes ? OversizedKeep : maxMessageBytes;
        foreach (var segment in content)
        {
            var room = limit - _content.WrittenCount;
            if (room <= 0)
            {
                break;
            }

            _content.Write(segment.Span[..Math.Min(room, segment.Length)]);
        }
    }

    private MllpFrame Complete()
    {
        _inFrame = false;
        var oversized = _length > maxMessageBytes;
        var kept = _content.WrittenSpan;
        var payload = (oversized && kept.Length > OversizedKeep ? kept[..OversizedKeep] : kept).ToArray();
        _content.ResetWrittenCount();
        return new MllpFrame(payload, _length, oversized);
    }
}
