using System.Text.Json.Nodes;
using HealthFlows.Server.Tests.Support;
using static HealthFlows.Server.Tests.Triggers.Mllp.MllpMessages;

namespace HealthFlows.Server.Tests.Triggers.Mllp;

/// <summary>What a listener allows: how many connections, from where, and for how long without data.</summary>
public sealed class MllpConnectionLimitsTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    [Fact]
    public async Task Listener_BeyondMaxConnections_ClosesTheNewConnectionAndServesTheOthers()
    {
        var port = FreePorts.Next();
        await server.Client.PublishAsync(MllpWorkflows.Parsing("mllp-two-connections", port, ("maxConnections", 2)));
        await using var first = await MllpTestClient.ConnectAsync(port);
        await using var second = await MllpTestClient.ConnectAsync(port);
        Assert.Equal("AA", (await first.ExchangeAsync(Adt("A01", "LIMIT-1"))).GetValue("MSA-1"));
        Assert.Equal("AA", (await second.ExchangeAsync(Adt("A01", "LIMIT-2"))).GetValue("MSA-1"));

        await using var third = await MllpTestClient.ConnectAsync(port);

        Assert.True(await third.IsClosedByServerAsync());
        Assert.Equal("AA", (await first.ExchangeAsync(Adt("A01", "LIMIT-4"))).GetValue("MSA-1"));
    }

    [Fact]
    public async Task Listener_AfterTheIdleTimeoutWithoutData_ClosesTheConnection()
    {
        var port = FreePorts.Next();
        await server.Client.PublishAsync(MllpWorkflows.Parsing("mllp-idle", port, ("idleTimeout", 30)));
        await using var client = await MllpTestClient.ConnectAsync(port);
        Assert.Equal("AA", (await client.ExchangeAsync(Adt("A01", "IDLE-1"))).GetValue("MSA-1"));

        server.Host.Clock.Advance(TimeSpan.FromSeconds(31));

        Assert.True(await client.IsClosedByServerAsync());
    }

    [Fact]
    public async Task Listener_BeforeTheIdleTimeout_KeepsTheConnection()
    {
        var port = FreePorts.Next();
        await server.Client.PublishAsync(MllpWorkflows.Parsing("mllp-not-idle", port, ("idleTimeout", 30)));
        await using var client = await MllpTestClient.ConnectAsync(port);
        Assert.Equal("AA", (await client.ExchangeAsync(Adt("A01", "IDLE-2"))).GetValue("MSA-1"));

        server.Host.Clock.Advance(TimeSpan.FromSeconds(20));

        Assert.Equal("AA", (await client.ExchangeAsync(Adt("A01", "IDLE-3"))).GetValue("MSA-1"));
    }

    [Fact]
    public async Task Listener_FromASourceNotAllowed_ClosesTheConnectionUnanswered()
    {
        var port = FreePorts.Next();
        await server.Client.PublishAsync(MllpWorkflows.Parsing("mllp-vpn-only", port, ("allowedSources", new JsonArray("10.20.0.0/16", "192.168.1.7"))));
        await using var client = await MllpTestClient.ConnectAsync(port);

        Assert.True(await client.IsClosedByServerAsync());
    }

    [Fact]
    public async Task Listener_FromAnAllowedRange_IsServed()
    {
        var port = FreePorts.Next();
        await server.Client.PublishAsync(MllpWorkflows.Parsing("mllp-loopback-only", port, ("allowedSources", new JsonArray("127.0.0.0/8"))));
        await using var client = await MllpTestClient.ConnectAsync(port);

        Assert.Equal("AA", (await client.ExchangeAsync(Adt("A01", "SOURCE-2"))).GetValue("MSA-1"));
    }
}
