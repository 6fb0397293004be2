using HealthFlows.Persistence.Entities;
using HealthFlows.Persistence.Stores;
using HealthFlows.Runtime.Execution;
using HealthFlows.Server.Configuration;
using Microsoft.Extensions.Options;

namespace HealthFlows.Server.Security;

/// <summary>Seeds the configured admin API key (hashed) into an installation that has no key yet.</summary>
public sealed partial class AdminKeyBootstrapper(IApiKeyStore keys, IOptions<HealthFlowsOptions> options, IdGenerator ids, TimeProvider clock, ILogger<AdminKeyBootstrapper> logger)
{
    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (await keys.AnyAsync(cancellationToken))
        {
            return;
        }

        var key = options.Value.Bootstrap.AdminApiKey;
        if (string.IsNullOrWhiteSpace(key))
        {
            LogNoKey(logger);
            return;
        }

        await keys.AddAsync(new ApiKeyRecord
        {
            Id = ids.NewId(),
            Name = "Bootstrap admin",
            KeyHash = ApiKeyHasher.Hash(key.Trim()),
            Prefix = ApiKeyHasher.Prefix(key.Trim()),
            Roles = ApiKeyDefaults.RoleAdmin,
            CreatedAt = clock.GetUtcNow(),
        }, cancellationToken);
        LogSeeded(logger, ApiKeyHasher.Prefix(key.Trim()));
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "No API key exists and HealthFlows:Bootstrap:AdminApiKey is not set: the API cannot be used until one is configured.")]
    private static partial void LogNoKey(ILogger logger);

    [LoggerMessage(Level = LogLevel.Information, Message = "Seeded the bootstrap admin API key (prefix {Prefix}) from HealthFlows:Bootstrap:AdminApiKey.")]
    private static partial void LogSeeded(ILogger logger, string prefix);
}
