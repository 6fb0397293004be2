using HealthFlows.Server.Tests.Support;

namespace HealthFlows.Server.Tests.Hosting;

/// <summary>The start-up warm-up runs a throw-away workflow and compiles the published scripts, and must leave no trace.</summary>
public sealed class StartupWarmUpTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Start_WithPublishedSamples_WarmsUpWithoutSavingAnInstance_AndTheFirstRunWorks()
    {
        var before = await (await server.Client.GetAsync("/api/workflow-instances", Ct)).ShouldBeOkAsync();

        var run = await (await server.Client.PostAsync("/api/workflow-definitions/adt-intake/execute",
            ApiJson.Body(new { message = "MSH|^~\\&|ADT1|GHH|BILLING|GHH|20261125083000||ADT^A01|WARM-1|P|2.5.1\rPID|1||123456^^^GHH^MR\r" }), Ct)).ShouldBeOkAsync();

        Assert.Equal(0, before.GetProperty("totalCount").GetInt32());
        Assert.Equal("admit", run.GetProperty("output").GetProperty("action").GetString());
        var after = await (await server.Client.GetAsync("/api/workflow-instances", Ct)).ShouldBeOkAsync();
        Assert.Equal(1, after.GetProperty("totalCount").GetInt32());
        Assert.NotEqual("warm-up", after.GetProperty("items")[0].GetProperty("id").GetString());
    }
}
