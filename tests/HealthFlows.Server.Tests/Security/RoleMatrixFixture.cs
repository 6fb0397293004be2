using HealthFlows.Server.Security;
using HealthFlows.Server.Tests.Support;

namespace HealthFlows.Server.Tests.Security;

/// <summary>One server with an API key and a signed-in user per role, for walking the whole API with each.</summary>
public sealed class RoleMatrixFixture : IAsyncLifetime
{
    public const string Password = "role-matrix-password-9d2c";

    private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), "healthflows-tests", Guid.NewGuid().ToString("N"));

    public ServerHost Host { get; private set; } = null!;

    public Dictionary<string, string> KeysByRole { get; } = [];

    public Dictionary<string, string> TokensByRole { get; } = [];

    public async ValueTask InitializeAsync()
    {
        // The walk signs in far more often than the default limit allows from one address.
        Host = await ServerHost.StartAsync(_dataDirectory, settings: new Dictionary<string, string?> { ["HealthFlows:RateLimits:SignIn:PermitLimit"] = "0" });
        foreach (var role in Roles.All)
        {
            KeysByRole[role] = await Host.CreateApiKeyAsync($"matrix {role}", [role]);
            var created = await Host.Client.PostAsync("/api/users", ApiJson.Body(new { userName = $"matrix-{role}", password = Password, roles = new[] { role } }), TestContext.Current.CancellationToken);
            await created.ShouldBeOkAsync(201);
            TokensByRole[role] = await Host.SignInAsync($"matrix-{role}", Password);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Host.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_dataDirectory, recursive: true);
    }
}
