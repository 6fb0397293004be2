using System.Net;
using HealthFlows.ErpSandbox.Tests.Infrastructure;

namespace HealthFlows.ErpSandbox.Tests.Faults;

public sealed class FaultsApiTests
{
    [Fact]
    public async Task GetFaults_AfterSetting_ShowsWhatRemainsOfEachWindow()
    {
        await using var sandbox = await SandboxServer.StartAsync();
        await sandbox.Http.PostJsonAsync("faults",
            """{"unavailableForSeconds":60,"latencyMs":250,"status429ForSeconds":30,"rejectCostCenters":["rad","SURG"]}""", HttpStatusCode.OK);

        sandbox.Clock.Advance(TimeSpan.FromSeconds(20));
        var faults = await sandbox.Http.GetJsonAsync("faults");

        Assert.Equal(40, faults.GetProperty("unavailableForSeconds").GetInt32());
        Assert.Equal(10, faults.GetProperty("status429ForSeconds").GetInt32());
        Assert.Equal(250, faults.GetProperty("latencyMs").GetInt32());
        Assert.Equal(["RAD", "SURG"], faults.GetProperty("rejectCostCenters").EnumerateArray().Select(code => code.GetString()));
    }

    [Fact]
    public async Task DeleteFaults_AfterSetting_SwitchesEveryFaultOff()
    {
        await using var sandbox = await SandboxServer.StartAsync();
        await sandbox.Http.PostJsonAsync("faults", """{"unavailableForSeconds":60,"latencyMs":250,"rejectCostCenters":["RAD"]}""", HttpStatusCode.OK);

        using var deleted = await sandbox.Http.DeleteAsync("faults", TestContext.Current.CancellationToken);
        var faults = await sandbox.Http.GetJsonAsync("faults");

        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal(0, faults.GetProperty("unavailableForSeconds").GetInt32());
        Assert.Equal(0, faults.GetProperty("latencyMs").GetInt32());
        Assert.Empty(faults.GetProperty("rejectCostCenters").EnumerateArray());
    }

    [Theory]
    [InlineData("""{"unavailableForSeconds":-1}""")]
    [InlineData("""{"latencyMs":"slow"}""")]
    [InlineData("""{"rejectCostCenters":"RAD"}""")]
    [InlineData("""{"rejectCostCenters":[""]}""")]
    [InlineData("""{"unavailableForSeconds":""")]
    public async Task SetFaults_BadInput_Returns400AndKeepsTheFaults(string body)
    {
        await using var sandbox = await SandboxServer.StartAsync();

        var error = await sandbox.Http.PostJsonAsync("faults", body, HttpStatusCode.BadRequest);

        Assert.Equal("BadRequest", error.ErrorCode());
        Assert.Equal(0, (await sandbox.Http.GetJsonAsync("faults")).GetProperty("unavailableForSeconds").GetInt32());
    }
}
