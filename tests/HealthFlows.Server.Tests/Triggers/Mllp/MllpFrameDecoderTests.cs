using System.Buffers;
using System.Text;
using HealthFlows.Server.Triggers.Mllp;

namespace HealthFlows.Server.Tests.Triggers.Mllp;

/// <summary>The frame decoder on its own, fed exactly the chunks a socket could deliver.</summary>
public sealed class MllpFrameDecoderTests
{
    private static byte[] Bytes(string text) => Encoding.ASCII.GetBytes(text);

    /// <summary>Feeds the chunks one read at a time, keeping unconsumed bytes as a pipe would, and collects the frames.</summary>
    private static List<MllpFrame> Decode(int max, params byte[][] chunks)
    {
        var decoder = new MllpFrameDecoder(max);
        var frames = new List<MllpFrame>();
        var carried = Array.Empty<byte>();
        foreach (var chunk in chunks)
        {
            var buffer = new ReadOnlySequence<byte>([.. carried, .. chunk]);
            while (decoder.TryRead(ref buffer, out var frame))
            {
                frames.Add(frame!);
            }

            carried = buffer.ToArray();
        }

        return frames;
    }

    private static string Text(MllpFrame frame) => Encoding.ASCII.GetString(frame.Payload);

    [Fact]
    public void TryRead_OneByteAtATime_FindsTheFrame()
    {
        var frame = Bytes("\u000BMSH|a\rPID|1\r\u001C\r");

        var frames = Decode(1024, [.. frame.Select(b => new[] { b })]);

        Assert.Equal("MSH|a\rPID|1\r", Text(Assert.Single(frames)));
    }

    [Fact]
    public void TryRead_SeveralFramesAndGarbageInOneRead_FindsEachFrameAndDropsTheGarbage()
    {
        var frames = Decode(1024, Bytes("junk\u000BMSH|1\r\u001C\r\r\nmore junk\u001C\r\u000BMSH|2\r\u001C\r"));

        Assert.Equal(["MSH|1\r", "MSH|2\r"], frames.Select(Text));
    }

    [Fact]
    public void TryRead_AStartBlockInsideAFrame_StartsTheFrameAgain()
    {
        var frames = Decode(1024, Bytes("\u000BMSH|lost\u000BMSH|kept\r\u001C\r"));

        Assert.Equal("MSH|kept\r", Text(Assert.Single(frames)));
    }

    [Fact]
    public void TryRead_AnEndBlockWithoutCarriageReturn_IsKeptAsContent()
    {
        var frames = Decode(1024, Bytes("\u000BMSH|a\u001Cb\r\u001C\r"));

        Assert.Equal("MSH|a\u001Cb\r", Text(Assert.Single(frames)));
    }

    [Fact]
    public void TryRead_AFrameOverTheMaximum_IsMarkedOversizedAndTheNextFrameIsIntact()
    {
        var big = "MSH|big\r" + new string('x', 50_000);

        var frames = Decode(100, Bytes("\u000B" + big[..20_000]), Bytes(big[20_000..] + "\u001C\r\u000BMSH|next\r\u001C\r"));

        Assert.True(frames[0].Oversized);
        Assert.Equal(big.Length, frames[0].Length);
        Assert.StartsWith("MSH|big\r", Text(frames[0]));
        Assert.False(frames[1].Oversized);
        Assert.Equal("MSH|next\r", Text(frames[1]));
    }
}
