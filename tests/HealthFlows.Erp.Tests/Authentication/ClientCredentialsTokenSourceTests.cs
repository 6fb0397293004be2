using HealthFlows.Erp.Authentication;
using HealthFlows.Erp.Tests.Support;

namespace HealthFlows.Erp.Tests.Authentication;

public sealed class ClientCredentialsTokenSourceTests
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task GetToken_Twice_AnswersTheCachedToken()
    {
        var clock = new WatchedClock();
        await using var sandbox = await SandboxServer.StartAsync(clock);
        await using var erp = ConnectorHost.For(sandbox, clock);

        var first = await erp.Tokens.GetTokenAsync(Cancellation);
        clock.Advance(TimeSpan.FromMinutes(30));
        var second = await erp.Tokens.GetTokenAsync(Cancellation);

        Assert.Equal(first, second);
    }

    [Fact]
    public async Task GetToken_WithinTheRefreshMarginBeforeExpiry_FetchesANewToken()
    {
        var clock = new WatchedClock();
        await using var sandbox = await SandboxServer.StartAsync(clock);
        await using var erp = ConnectorHost.For(sandbox, clock);

        // The sandbox's tokens live 3599 s; the default margin of 5 minutes replaces them from 3299 s on.
        var first = await erp.Tokens.GetTokenAsync(Cancellation);
        clock.Advance(TimeSpan.FromSeconds(3298));
        var beforeTheMargin = await erp.Tokens.GetTokenAsync(Cancellation);
        clock.Advance(TimeSpan.FromSeconds(1));
        var withinTheMargin = await erp.Tokens.GetTokenAsync(Cancellation);

        Assert.Equal(first, beforeTheMargin);
        Assert.NotEqual(first, withinTheMargin);
    }

    [Fact]
    public async Task GetToken_ManyConcurrentCallers_ShareOneFetch()
    {
        var clock = new WatchedClock();
        await using var sandbox = await SandboxServer.StartAsync(clock);
        await using var erp = ConnectorHost.For(sandbox, clock);

        var tokens = await Task.WhenAll(Enumerable.Range(0, 16).Select(_ => Task.Run(() => erp.Tokens.GetTokenAsync(Cancellation), Cancellation)));

        // The sandbox puts a random nonce in every token it issues, so two fetches would show as two values.
        Assert.Single(tokens.Distinct());
    }

    [Fact]
    public async Task Invalidate_TheCurrentToken_MakesTheNextCallFetchAnother()
    {
        var clock = new WatchedClock();
        await using var sandbox = await SandboxServer.StartAsync(clock);
        await using var erp = ConnectorHost.For(sandbox, clock);

        var rejected = await erp.Tokens.GetTokenAsync(Cancellation);
        erp.Tokens.Invalidate(rejected);
        var replacement = await erp.Tokens.GetTokenAsync(Cancellation);
        erp.Tokens.Invalidate(rejected);

        Assert.NotEqual(rejected, replacement);
        Assert.Equal(replacement, await erp.Tokens.GetTokenAsync(Cancellation));
    }

    [Fact]
    public async Task GetToken_WrongSecret_ThrowsAuthenticationException()
    {
        var clock = new WatchedClock();
        await using var sandbox = await SandboxServer.StartAsync(clock);
        await using var erp = ConnectorHost.For(sandbox, clock, options => options.ClientSecret = "wrong");

        var error = await Assert.ThrowsAsync<ErpAuthenticationException>(() => erp.Tokens.GetTokenAsync(Cancellation));

        Assert.Equal("The ERP token endpoint refused the client (HTTP 401).", error.Message);
    }
}
