using System.Text;
using HealthFlows.Server.Tests.Support;
using static HealthFlows.Server.Tests.Triggers.Mllp.MllpMessages;

namespace HealthFlows.Server.Tests.Triggers.Mllp;

/// <summary>MLLP framing over real TCP: frames split over many writes, several in one write, garbage between, oversized frames.</summary>
public sealed class MllpFramingTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    private int Port => server.Host.SampleMllpPort;

    [Fact]
    public async Task Listener_AFrameWrittenOneByteAtATime_IsAnswered()
    {
        await using var client = await MllpTestClient.ConnectAsync(Port);

        foreach (var b in MllpTestClient.Frame(Adt("A01", "FRAME-SPLIT-1")))
        {
            await client.WriteAsync([b]);
        }

        var ack = await client.ReadAckAsync();
        Assert.Equal("AA", ack.GetValue("MSA-1"));
        Assert.Equal("FRAME-SPLIT-1", ack.GetValue("MSA-2"));
    }

    [Fact]
    public async Task Listener_AFrameSplitBetweenEndBlockAndCarriageReturn_IsAnswered()
    {
        await using var client = await MllpTestClient.ConnectAsync(Port);
        var frame = MllpTestClient.Frame(Adt("A01", "FRAME-SPLIT-2"));

        await client.WriteAsync(frame[..^1]);
        await client.WriteAsync(frame[^1..]);

        Assert.Equal("FRAME-SPLIT-2", (await client.ReadAckAsync()).GetValue("MSA-2"));
    }

    [Fact]
    public async Task Listener_ThreeFramesInOneWrite_AreAnsweredInOrder()
    {
        await using var client = await MllpTestClient.ConnectAsync(Port);

        await client.WriteAsync([.. MllpTestClient.Frame(Adt("A01", "FRAME-MANY-1")), .. MllpTestClient.Frame(Adt("A02", "FRAME-MANY-2")), .. MllpTestClient.Frame(Adt("A03", "FRAME-MANY-3"))]);

        var answers = new[] { await client.ReadAckAsync(), await client.ReadAckAsync(), await client.ReadAckAsync() };
        Assert.Equal(["FRAME-MANY-1", "FRAME-MANY-2", "FRAME-MANY-3"], answers.Select(a => a.GetValue("MSA-2")));
        Assert.Equal(["AA", "AE", "AA"], answers.Select(a => a.GetValue("MSA-1")));
    }

    [Fact]
    public async Task Listener_GarbageBeforeAndBetweenFrames_IsDiscarded()
    {
        await using var client = await MllpTestClient.ConnectAsync(Port);
        var garbage = Encoding.ASCII.GetBytes("noise\r\n\u001C\u000D junk ");

        await client.WriteAsync([.. garbage, .. MllpTestClient.Frame(Adt("A01", "FRAME-GARBAGE-1")), .. garbage, .. MllpTestClient.Frame(Adt("A04", "FRAME-GARBAGE-2"))]);

        Assert.Equal("FRAME-GARBAGE-1", (await client.ReadAckAsync()).GetValue("MSA-2"));
        Assert.Equal("FRAME-GARBAGE-2", (await client.ReadAckAsync()).GetValue("MSA-2"));
    }

    [Fact]
    public async Task Listener_AnOversizedFrame_IsAnsweredArAndTheConnectionStaysUsable()
    {
        var port = FreePorts.Next();
        await server.Client.PublishAsync(MllpWorkflows.Parsing("mllp-small", port, ("maxMessageBytes", 2048)));
        await using var client = await MllpTestClient.ConnectAsync(port);
        var big = Adt("A01", "FRAME-BIG-1") + "NTE|1||" + new string('x', 10_000) + "\r";

        var rejected = await client.ExchangeAsync(big);
        var next = await client.ExchangeAsync(Adt("A01", "FRAME-AFTER-BIG"));

        Assert.Equal("AR", rejected.GetValue("MSA-1"));
        Assert.Equal("FRAME-BIG-1", rejected.GetValue("MSA-2"));
        Assert.Contains("2048", rejected.GetValue("MSA-3"));
        Assert.Empty(await server.Client.ForControlIdAsync("FRAME-BIG-1"));
        Assert.Equal("AA", next.GetValue("MSA-1"));
        Assert.Equal("FRAME-AFTER-BIG", next.GetValue("MSA-2"));
    }

    [Fact]
    public async Task Listener_ManyConcurrentConnections_AreAllAnswered()
    {
        var clients = await Task.WhenAll(Enumerable.Range(0, 24).Select(_ => MllpTestClient.ConnectAsync(Port)));
        try
        {
            var acks = await Task.WhenAll(clients.Select((c, i) => c.ExchangeAsync(Adt("A01", $"FRAME-CONC-{i}"))));

            Assert.All(acks, a => Assert.Equal("AA", a.GetValue("MSA-1")));
            Assert.Equal(Enumerable.Range(0, 24).Select(i => $"FRAME-CONC-{i}"), acks.Select(a => a.GetValue("MSA-2")));
        }
        finally
        {
            foreach (var c in clients)
            {
                await c.DisposeAsync();
            }
        }
    }
}
