using System.Text;
using HealthFlows.Server.Tests.Support;
using static HealthFlows.Server.Tests.Triggers.Mllp.MllpMessages;

namespace HealthFlows.Server.Tests.Triggers.Mllp;

/// <summary>The payload is decoded by MSH-18, or the listener's default character set when MSH-18 is empty.</summary>
public sealed class MllpCharsetTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    private const string Family = "MÜLLER-ÇAĞRI";
    private const string LatinFamily = "MÜLLER-ÇÉ";

    private async Task<string?> ReceivedFamilyAsync(string controlId) =>
        (await server.Client.SingleForControlIdAsync(controlId)).GetProperty("output").GetProperty("family").GetString();

    [Fact]
    public async Task Listener_Utf8DeclaredInMsh18_DecodesTheNameAndAnswersInUtf8()
    {
        var port = FreePorts.Next();
        await server.Client.PublishAsync(MllpWorkflows.Parsing("mllp-utf8", port, ("defaultCharset", "ASCII")));
        await using var client = await MllpTestClient.ConnectAsync(port);

        var ack = await client.ExchangeAsync(Adt("A01", "CHARSET-1", charset: "UNICODE UTF-8", family: Family), Encoding.UTF8);

        Assert.Equal("AA", ack.GetValue("MSA-1"));
        Assert.Equal("UNICODE UTF-8", ack.GetValue("MSH-18"));
        Assert.Equal(Family, await ReceivedFamilyAsync("CHARSET-1"));
    }

    [Fact]
    public async Task Listener_Latin1DeclaredInMsh18_DecodesTheName()
    {
        var port = FreePorts.Next();
        await server.Client.PublishAsync(MllpWorkflows.Parsing("mllp-latin1", port));
        await using var client = await MllpTestClient.ConnectAsync(port);

        var ack = await client.ExchangeAsync(Adt("A01", "CHARSET-2", charset: "8859/1", family: LatinFamily), Encoding.Latin1);

        Assert.Equal("AA", ack.GetValue("MSA-1"));
        Assert.Equal(LatinFamily, await ReceivedFamilyAsync("CHARSET-2"));
    }

    [Fact]
    public async Task Listener_EmptyMsh18_UsesTheConfiguredDefaultCharset()
    {
        var port = FreePorts.Next();
        await server.Client.PublishAsync(MllpWorkflows.Parsing("mllp-default-latin1", port, ("defaultCharset", "8859/1")));
        await using var client = await MllpTestClient.ConnectAsync(port);

        await client.ExchangeAsync(Adt("A01", "CHARSET-3", family: LatinFamily), Encoding.Latin1);

        Assert.Equal(LatinFamily, await ReceivedFamilyAsync("CHARSET-3"));
    }

    [Fact]
    public async Task Listener_AnUnsupportedCharset_IsAnsweredAr()
    {
        await using var client = await MllpTestClient.ConnectAsync(server.Host.SampleMllpPort);

        await client.SendAsync(Adt("A01", "CHARSET-4", charset: "UNICODE UTF-16"));

        // The ACK echoes MSH-18 as the toolkit's generator does, so it is read here without that check.
        var ack = HealthFlows.Hl7.Hl7Parser.Parse((await client.ReadFrameAsync())!).Message!;
        Assert.Equal("AR", ack.GetValue("MSA-1"));
        Assert.Equal("MSH", ack.GetValue("ERR-2-1"));
        Assert.Equal("18", ack.GetValue("ERR-2-3"));
        Assert.Empty(await server.Client.ForControlIdAsync("CHARSET-4"));
    }
}
