using HealthFlows.Server.Tests.Support;
using static HealthFlows.Server.Tests.Triggers.Mllp.MllpMessages;

namespace HealthFlows.Server.Tests.Triggers.Mllp;

/// <summary>Enhanced acknowledgement mode: an accept ACK per MSH-15 once stored, an application ACK per MSH-16 (table 0155).</summary>
public sealed class MllpEnhancedModeTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    private int Port => server.Host.SampleMllpPort;

    [Fact]
    public async Task Listener_AlwaysAndAlways_SendsCommitAcceptThenApplicationAccept()
    {
        await using var client = await MllpTestClient.ConnectAsync(Port);

        await client.SendAsync(Adt("A01", "ENH-1", accept: "AL", application: "AL"));
        var commit = await client.ReadAckAsync();
        var application = await client.ReadAckAsync();

        Assert.Equal(("CA", "ENH-1"), (commit.GetValue("MSA-1"), commit.GetValue("MSA-2")));
        Assert.Equal(("AA", "ENH-1"), (application.GetValue("MSA-1"), application.GetValue("MSA-2")));
        Assert.NotEqual(commit.ControlId, application.ControlId);
    }

    [Fact]
    public async Task Listener_NeverAcceptAlwaysApplication_SendsOnlyTheApplicationAck()
    {
        await using var client = await MllpTestClient.ConnectAsync(Port);

        var first = await client.ExchangeAsync(Adt("A01", "ENH-2", accept: "NE", application: "AL"));

        Assert.Equal("AA", first.GetValue("MSA-1"));
    }

    [Fact]
    public async Task Listener_AlwaysAcceptNeverApplication_SendsOnlyTheCommitAccept()
    {
        await using var client = await MllpTestClient.ConnectAsync(Port);

        var commit = await client.ExchangeAsync(Adt("A01", "ENH-3", accept: "AL", application: "NE"));
        var next = await client.ExchangeAsync(Adt("A01", "ENH-4"));

        Assert.Equal(("CA", "ENH-3"), (commit.GetValue("MSA-1"), commit.GetValue("MSA-2")));
        Assert.Equal(("AA", "ENH-4"), (next.GetValue("MSA-1"), next.GetValue("MSA-2")));
    }

    [Fact]
    public async Task Listener_ErrorOnlyConditionsOnASuccess_SendNothing()
    {
        await using var client = await MllpTestClient.ConnectAsync(Port);

        await client.SendAsync(Adt("A01", "ENH-5", accept: "ER", application: "ER"));
        var next = await client.ExchangeAsync(Adt("A01", "ENH-6"));

        Assert.Equal("ENH-6", next.GetValue("MSA-2"));
        Assert.Single(await server.Client.ForControlIdAsync("ENH-5"));
    }

    [Fact]
    public async Task Listener_SuccessOnlyApplicationOnARejection_SendsOnlyTheCommitAccept()
    {
        await using var client = await MllpTestClient.ConnectAsync(Port);

        var commit = await client.ExchangeAsync(Adt("A02", "ENH-7", accept: "AL", application: "SU"));
        var next = await client.ExchangeAsync(Adt("A01", "ENH-8"));

        Assert.Equal(("CA", "ENH-7"), (commit.GetValue("MSA-1"), commit.GetValue("MSA-2")));
        Assert.Equal("ENH-8", next.GetValue("MSA-2"));
    }

    [Fact]
    public async Task Listener_ErrorOnlyApplicationOnARejection_SendsTheApplicationError()
    {
        await using var client = await MllpTestClient.ConnectAsync(Port);

        var error = await client.ExchangeAsync(Adt("A02", "ENH-9", accept: "NE", application: "ER"));

        Assert.Equal(("AE", "ENH-9"), (error.GetValue("MSA-1"), error.GetValue("MSA-2")));
    }

    [Fact]
    public async Task Listener_AnUnreadableMessageInEnhancedMode_IsAnsweredCommitReject()
    {
        await using var client = await MllpTestClient.ConnectAsync(Port);
        var noControlId = Adt("A01", "", accept: "AL", application: "AL");

        var reject = await client.ExchangeAsync(noControlId);

        Assert.Equal("CR", reject.GetValue("MSA-1"));
    }
}
