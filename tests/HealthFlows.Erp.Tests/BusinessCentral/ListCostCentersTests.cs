using HealthFlows.Erp.CostCenters;
using HealthFlows.Erp.Tests.Support;

namespace HealthFlows.Erp.Tests.BusinessCentral;

public sealed class ListCostCentersTests
{
    [Fact]
    public async Task ListCostCenters_AnswersTheCostCenterDimensionsValuesWithTheirBlockedFlag()
    {
        var clock = new WatchedClock();
        await using var sandbox = await SandboxServer.StartAsync(clock);
        await using var erp = ConnectorHost.For(sandbox, clock);

        var costCenters = await erp.Connector.ListCostCentersAsync(TestContext.Current.CancellationToken);

        Assert.Equal(["CAR", "DERM", "EME", "LAB", "MED", "ORTHO", "PED", "RAD", "SURG"], costCenters.Select(c => c.Code));
        Assert.Equal(new ErpCostCenter("DERM", "Dermatology (closed)", Blocked: true), costCenters.Single(c => c.Blocked));
    }

    [Fact]
    public async Task ListCostCenters_UnknownDimension_ThrowsUnavailableNamingIt()
    {
        var clock = new WatchedClock();
        await using var sandbox = await SandboxServer.StartAsync(clock);
        await using var erp = ConnectorHost.For(sandbox, clock, options => options.CostCenterDimension = "PROFITCENTER");

        var error = await Assert.ThrowsAsync<ErpUnavailableException>(() => erp.Connector.ListCostCentersAsync(TestContext.Current.CancellationToken));

        Assert.Equal("The ERP has no dimension 'PROFITCENTER'.", error.Message);
    }
}
