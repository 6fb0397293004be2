using HealthFlows.Persistence.Stores;
using HealthFlows.Server.Configuration;
using Microsoft.Extensions.Options;

namespace HealthFlows.Server.Security;

/// <summary>Creates the configured first Admin user in an installation that has no user yet.</summary>
public sealed partial class AdminUserBootstrapper(IUserAccountStore store, UserAccounts accounts, IOptions<HealthFlowsOptions> options, ILogger<AdminUserBootstrapper> logger)
{
    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var bootstrap = options.Value.Bootstrap;
        if (string.IsNullOrWhiteSpace(bootstrap.AdminUser) || string.IsNullOrEmpty(bootstrap.AdminPassword) || await store.AnyAsync(cancellationToken))
        {
            return;
        }

        var result = await accounts.CreateAsync(bootstrap.AdminUser, bootstrap.AdminPassword, [Roles.Admin], new Actor("bootstrap", null), cancellationToken);
        if (result.Succeeded)
        {
            LogSeeded(logger, result.Value!.UserName);
        }
        else
        {
            LogRefused(logger, string.Join(" ", result.Errors?.Select(e => e.Message) ?? [result.Message]));
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Created the bootstrap Admin user {UserName} from HealthFlows:Bootstrap:AdminUser.")]
    private static partial void LogSeeded(ILogger logger, string userName);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The bootstrap Admin user was not created: {Reason}")]
    private static partial void LogRefused(ILogger logger, string reason);
}
