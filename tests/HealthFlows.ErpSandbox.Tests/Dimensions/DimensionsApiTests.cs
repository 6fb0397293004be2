using HealthFlows.ErpSandbox.Tests.Infrastructure;

namespace HealthFlows.ErpSandbox.Tests.Dimensions;

public sealed class DimensionsApiTests
{
    private static readonly string[] ActiveDepartments = ["CAR", "EME", "LAB", "MED", "ORTHO", "PED", "RAD", "SURG"];

    [Fact]
    public async Task ListDimensions_FirstStart_ReturnsCostCenterAndDepartment()
    {
        await using var sandbox = await SandboxServer.StartAsync();
        using var api = await sandbox.CompanyClientAsync();

        var dimensions = (await api.GetJsonAsync("dimensions")).Values();

        Assert.Equal(["COSTCENTER", "DEPARTMENT"], dimensions.Select(dimension => dimension.GetProperty("code").GetString()));
    }

    [Theory]
    [InlineData("COSTCENTER")]
    [InlineData("DEPARTMENT")]
    public async Task ListDimensionValues_FilterActiveOfOneDimension_ReturnsTheSeededDepartments(string dimensionCode)
    {
        await using var sandbox = await SandboxServer.StartAsync();
        using var api = await sandbox.CompanyClientAsync();

        var values = (await api.GetJsonAsync($"dimensionValues?$filter=dimensionCode eq '{dimensionCode}' and blocked eq false")).Values();

        Assert.Equal(ActiveDepartments, values.Select(value => value.GetProperty("code").GetString()));
        Assert.All(values, value => Assert.Equal(dimensionCode, value.GetProperty("dimensionCode").GetString()));
    }

    [Fact]
    public async Task ListDimensionValues_FilterBlocked_ReturnsTheClosedDepartment()
    {
        await using var sandbox = await SandboxServer.StartAsync();
        using var api = await sandbox.CompanyClientAsync();

        var values = (await api.GetJsonAsync("dimensionValues?$filter=blocked eq true and dimensionCode eq 'COSTCENTER'")).Values();

        var blocked = Assert.Single(values);
        Assert.Equal("DERM", blocked.GetProperty("code").GetString());
        Assert.True(blocked.GetProperty("blocked").GetBoolean());
    }

    [Fact]
    public async Task ListValuesOfDimension_ByDimensionId_ReturnsOnlyThatDimensionsValues()
    {
        await using var sandbox = await SandboxServer.StartAsync();
        using var api = await sandbox.CompanyClientAsync();
        var department = (await api.GetJsonAsync("dimensions?$filter=code eq 'DEPARTMENT'")).Values().Single();
        var departmentId = department.GetProperty("id").GetString();

        var values = (await api.GetJsonAsync($"dimensions({departmentId})/dimensionValues")).Values();

        Assert.Equal(9, values.Length);
        Assert.All(values, value => Assert.Equal(departmentId, value.GetProperty("dimensionId").GetString()));
    }
}
