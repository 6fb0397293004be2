using HealthFlows.Server.Tests.Support;
using static HealthFlows.Server.Tests.Triggers.Mllp.MllpMessages;

namespace HealthFlows.Server.Tests.Triggers.Mllp;

/// <summary>Original acknowledgement mode over real TCP: AA after the message is stored, AE for a rejection, AR for unreadable input.</summary>
public sealed class MllpAcknowledgementTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    private HttpClient Client => server.Client;

    [Fact]
    public async Task AdtIntakeSample_AGoodAdmit_IsAnsweredAaAndItsInstanceIsStored()
    {
        await using var client = await MllpTestClient.ConnectAsync(server.Host.SampleMllpPort);

        var ack = await client.ExchangeAsync(Adt("A01", "ORIG-AA-1"));

        Assert.Equal("AA", ack.GetValue("MSA-1"));
        Assert.Equal("ORIG-AA-1", ack.GetValue("MSA-2"));
        Assert.Equal("ACK^A01^ACK", ack.GetValue("MSH-9"));
        Assert.Equal("ADT1", ack.GetValue("MSH-5"));
        var instance = await Client.SingleForControlIdAsync("ORIG-AA-1");
        Assert.Equal("adt-intake", instance.GetProperty("definitionId").GetString());
        Assert.Equal("completed", instance.GetProperty("subStatus").GetString());
        Assert.Equal("admit", instance.GetProperty("output").GetProperty("action").GetString());
        Assert.Contains("EVERYWOMAN", instance.GetProperty("input").GetProperty("message").GetString());
    }

    [Fact]
    public async Task Listener_AWorkflowThatWaits_HasItsInstanceSavedWhenTheAaArrives()
    {
        var port = FreePorts.Next();
        await Client.PublishAsync(MllpWorkflows.Waiting("mllp-waiting", port));
        await using var client = await MllpTestClient.ConnectAsync(port);

        var ack = await client.ExchangeAsync(Adt("A01", "ORIG-WAIT-1"));

        Assert.Equal("AA", ack.GetValue("MSA-1"));
        var instance = await Client.SingleForControlIdAsync("ORIG-WAIT-1");
        Assert.Equal("suspended", instance.GetProperty("status").GetString());
        Assert.Equal("ADT^A01", instance.GetProperty("input").GetProperty("messageType").GetString());
        Assert.StartsWith("127.0.0.1:", instance.GetProperty("input").GetProperty("remoteAddress").GetString());
    }

    [Fact]
    public async Task AdtIntakeSample_AnEventItDoesNotHandle_IsAnsweredAeWithTheReason()
    {
        await using var client = await MllpTestClient.ConnectAsync(server.Host.SampleMllpPort);

        var ack = await client.ExchangeAsync(Adt("A02", "ORIG-AE-1"));

        Assert.Equal("AE", ack.GetValue("MSA-1"));
        Assert.Equal("ORIG-AE-1", ack.GetValue("MSA-2"));
        Assert.Contains("A02", ack.GetValue("MSA-3"));
    }

    [Fact]
    public async Task Listener_AWorkflowThatFaults_IsAnsweredAeWithTheIncident()
    {
        var port = FreePorts.Next();
        await Client.PublishAsync(MllpWorkflows.Faulting("mllp-faulting", port));
        await using var client = await MllpTestClient.ConnectAsync(port);

        var ack = await client.ExchangeAsync(Adt("A01", "ORIG-FAULT-1"));

        Assert.Equal("AE", ack.GetValue("MSA-1"));
        Assert.Equal("Cost center 4711 is closed", ack.GetValue("MSA-3"));
        Assert.Equal("faulted", (await Client.SingleForControlIdAsync("ORIG-FAULT-1")).GetProperty("subStatus").GetString());
    }

    [Fact]
    public async Task Listener_AFrameWithNoHl7Header_IsAnsweredArAndStartsNothing()
    {
        await using var client = await MllpTestClient.ConnectAsync(server.Host.SampleMllpPort);

        var ack = await client.ExchangeAsync("this is not HL7\r");

        Assert.Equal("AR", ack.GetValue("MSA-1"));
        Assert.Equal("", ack.GetValue("MSA-2"));
        Assert.Equal("100", ack.GetValue("ERR-3-1"));
    }

    [Fact]
    public async Task Listener_AMessageWithoutControlId_IsAnsweredArInItsOwnDelimiters()
    {
        await using var client = await MllpTestClient.ConnectAsync(server.Host.SampleMllpPort);
        const string NoControlId = "MSH#$%*@#ADT1#GHH#BILLING#GHH#20261125083000##ADT$A01##P#2.5.1\rPID#1##123\r";

        await client.SendAsync(NoControlId);
        var frame = await client.ReadFrameAsync();

        var ack = System.Text.Encoding.ASCII.GetString(frame!);
        Assert.StartsWith("MSH#$%*@#", ack);
        Assert.Contains("MSA#AR", ack);
    }

    [Fact]
    public async Task Listener_AnAcknowledgement_IsNeverAcknowledged()
    {
        await using var client = await MllpTestClient.ConnectAsync(server.Host.SampleMllpPort);

        await client.SendAsync(Ack("THEIR-ACK-1", "SOMETHING"));
        var next = await client.ExchangeAsync(Adt("A08", "ORIG-AFTER-ACK"));

        Assert.Equal("ORIG-AFTER-ACK", next.GetValue("MSA-2"));
        Assert.Empty(await Client.ForControlIdAsync("THEIR-ACK-1"));
    }
}
