using HealthFlows.Server.Tests.Support;
using Microsoft.Extensions.Options;

namespace HealthFlows.Server.Tests.Erp;

public sealed class ErpConnectorHostingTests
{
    [Fact]
    public async Task Start_WithoutTheSandboxAndWithoutErpSettings_RefusesNamingEveryMissingSetting()
    {
        var dataDirectory = Path.Combine(Path.GetTempPath(), "healthflows-tests", Guid.NewGuid().ToString("N"));
        try
        {
            var error = await Assert.ThrowsAsync<OptionsValidationException>(() => ServerHost.StartAsync(
                dataDirectory, settings: new Dictionary<string, string?> { ["HealthFlows:ErpSandbox:Enabled"] = "false" }));

            Assert.Contains("HealthFlows:Erp:BaseUrl must be an absolute URL (the API v2.0 root).", error.Failures);
            Assert.Contains("HealthFlows:Erp:ClientSecret is required.", error.Failures);
            Assert.Contains("HealthFlows:Erp:CompanyId is required.", error.Failures);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            if (Directory.Exists(dataDirectory))
                Directory.Delete(dataDirectory, recursive: true);
        }
    }
}
