using System.Net.Sockets;
using HealthFlows.Server.Tests.Support;
using static HealthFlows.Server.Tests.Triggers.Mllp.MllpMessages;
using static HealthFlows.Server.Tests.Support.Workflows;

namespace HealthFlows.Server.Tests.Triggers.Mllp;

/// <summary>Listeners follow the published versions without a restart: publish opens the port, retracting the trigger closes it.</summary>
public sealed class MllpListenerLifecycleTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private HttpClient Client => server.Client;

    private static async Task<bool> RefusesConnectionsAsync(int port)
    {
        try
        {
            await using var client = await MllpTestClient.ConnectAsync(port);
            return false;
        }
        catch (SocketException ex) when (ex.SocketErrorCode == SocketError.ConnectionRefused)
        {
            return true;
        }
    }

    [Fact]
    public async Task Publish_AnMllpWorkflow_OpensItsPortAtOnce()
    {
        var port = FreePorts.Next();
        Assert.True(await RefusesConnectionsAsync(port));

        await Client.PublishAsync(MllpWorkflows.Parsing("mllp-opened", port));

        await using var client = await MllpTestClient.ConnectAsync(port);
        Assert.Equal("AA", (await client.ExchangeAsync(Adt("A01", "LIFE-1"))).GetValue("MSA-1"));
        Assert.Equal("mllp-opened", (await Client.SingleForControlIdAsync("LIFE-1")).GetProperty("definitionId").GetString());
    }

    [Fact]
    public async Task Delete_AnMllpWorkflow_ClosesItsPortAndItsConnections()
    {
        var port = FreePorts.Next();
        await Client.PublishAsync(MllpWorkflows.Parsing("mllp-deleted", port));
        await using var open = await MllpTestClient.ConnectAsync(port);
        Assert.Equal("AA", (await open.ExchangeAsync(Adt("A01", "LIFE-2"))).GetValue("MSA-1"));

        await (await Client.DeleteAsync("/api/workflow-definitions/mllp-deleted", Ct)).ShouldBeOkAsync(204);

        Assert.True(await open.IsClosedByServerAsync());
        Assert.True(await RefusesConnectionsAsync(port));
    }

    [Fact]
    public async Task Publish_ANewVersionThatStartsOtherwise_ClosesThePort()
    {
        var port = FreePorts.Next();
        await Client.PublishAsync(MllpWorkflows.Parsing("mllp-replaced", port));
        var manual = Threshold("mllp-replaced");

        await (await Client.PutAsync("/api/workflow-definitions/mllp-replaced", ApiJson.Body(manual), Ct)).ShouldBeOkAsync();
        await (await Client.PostAsync("/api/workflow-definitions/mllp-replaced/publish", null, Ct)).ShouldBeOkAsync();

        Assert.True(await RefusesConnectionsAsync(port));
    }

    [Fact]
    public async Task Publish_ANewVersionOnAnotherPort_MovesTheListener()
    {
        var (oldPort, newPort) = (FreePorts.Next(), FreePorts.Next());
        await Client.PublishAsync(MllpWorkflows.Parsing("mllp-moved", oldPort));

        await (await Client.PutAsync("/api/workflow-definitions/mllp-moved", ApiJson.Body(MllpWorkflows.Parsing("mllp-moved", newPort)), Ct)).ShouldBeOkAsync();
        await (await Client.PostAsync("/api/workflow-definitions/mllp-moved/publish", null, Ct)).ShouldBeOkAsync();

        Assert.True(await RefusesConnectionsAsync(oldPort));
        await using var client = await MllpTestClient.ConnectAsync(newPort);
        Assert.Equal("AA", (await client.ExchangeAsync(Adt("A01", "LIFE-3"))).GetValue("MSA-1"));
    }

    [Fact]
    public async Task Publish_ASecondWorkflowOnATakenPort_IsRefusedWith422_AndThePortStaysWithTheFirst()
    {
        var port = FreePorts.Next();
        await Client.PublishAsync(MllpWorkflows.Parsing("mllp-zz-first", port));
        await (await Client.PostAsync("/api/workflow-definitions", ApiJson.Body(MllpWorkflows.Faulting("mllp-aa-second", port)), Ct)).ShouldBeOkAsync(201);

        var refused = await Client.PostAsync("/api/workflow-definitions/mllp-aa-second/publish", null, Ct);

        var problem = await refused.ShouldBeProblemAsync(422);
        var listed = problem.GetProperty("problems")[0];
        Assert.Equal("MllpPortConflict", listed.GetProperty("code").GetString());
        Assert.Contains("mllp-zz-first", listed.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal("start", listed.GetProperty("nodeId").GetString());
        var second = await (await Client.GetAsync("/api/workflow-definitions/mllp-aa-second", Ct)).ShouldBeOkAsync();
        Assert.Equal("draft", second.GetProperty("state").GetString());
        await using var client = await MllpTestClient.ConnectAsync(port);
        Assert.Equal("AA", (await client.ExchangeAsync(Adt("A01", "LIFE-4"))).GetValue("MSA-1"));
        Assert.Equal("mllp-zz-first", (await Client.SingleForControlIdAsync("LIFE-4")).GetProperty("definitionId").GetString());
    }

    [Fact]
    public async Task Publish_ANewVersionOfTheWorkflowHoldingThePort_IsNotAConflict()
    {
        var port = FreePorts.Next();
        await Client.PublishAsync(MllpWorkflows.Parsing("mllp-republished", port));
        await (await Client.PutAsync("/api/workflow-definitions/mllp-republished", ApiJson.Body(MllpWorkflows.Faulting("mllp-republished", port)), Ct)).ShouldBeOkAsync();

        var published = await (await Client.PostAsync("/api/workflow-definitions/mllp-republished/publish", null, Ct)).ShouldBeOkAsync();

        Assert.Equal("published", published.GetProperty("state").GetString());
        Assert.Equal(2, published.GetProperty("version").GetInt32());
    }
}
