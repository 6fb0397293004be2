using System.Security.Cryptography;
using HealthFlows.Persistence.Entities;
using HealthFlows.Persistence.Stores;
using HealthFlows.Runtime.Execution;
using HealthFlows.Server.Apis.Contracts;

namespace HealthFlows.Server.Security;

/// <summary>Creates and revokes API keys; a revoke empties the key cache so it takes effect on the next request.</summary>
public sealed class ApiKeyManager(IApiKeyStore store, ApiKeyCache cache, ISecurityEventSink events, IdGenerator ids, TimeProvider clock)
{
    public const int MaxNameLength = 256;

    public const int MaxTriggerPaths = 32;

    public Task<IReadOnlyList<ApiKeyRecord>> ListAsync(CancellationToken cancellationToken) => store.ListAsync(cancellationToken);

    public async Task<AccountResult<CreatedApiKey>> CreateAsync(
        string? name, IReadOnlyList<string>? roles, IReadOnlyList<string>? allowedTriggerPaths, DateTimeOffset? expiresAt, Actor actor, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var errors = new List<FieldError>();
        if (string.IsNullOrWhiteSpace(name) || name.Trim().Length > MaxNameLength)
        {
            errors.Add(new("name", $"A name of 1 to {MaxNameLength} characters is required."));
        }

        var canonical = AccountRules.CheckRoles(roles, errors);
        var paths = CheckTriggerPaths(allowedTriggerPaths, errors);
        if (expiresAt is { } expiry && expiry <= now)
        {
            errors.Add(new("expiresAt", "The expiry must be in the future."));
        }

        if (errors.Count > 0)
        {
            return AccountResult<CreatedApiKey>.Invalid(errors);
        }

        var key = ApiKeyDefaults.KeyPrefix + Base64UrlEncode(RandomNumberGenerator.GetBytes(32));
        var record = new ApiKeyRecord
        {
            Id = ids.NewId(),
            Name = name!.Trim(),
            KeyHash = ApiKeyHasher.Hash(key),
            Prefix = ApiKeyHasher.Prefix(key),
            Roles = Roles.Format(canonical),
            AllowedTriggerPaths = TriggerPaths.Format(paths),
            CreatedAt = now,
            ExpiresAt = expiresAt?.ToUniversalTime(),
        };
        await store.AddAsync(record, cancellationToken);
        await events.RecordAsync(new SecurityEvent(SecurityEventKind.ApiKeyCreated, now, actor.Id, record.Id, actor.RemoteAddress, $"roles: {record.Roles}"), cancellationToken);
        return AccountResult<CreatedApiKey>.Ok(new CreatedApiKey(record, key));
    }

    public async Task<AccountResult<ApiKeyRecord>> RevokeAsync(string id, Actor actor, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var revoked = await store.RevokeAsync(id, now, cancellationToken);
        if (revoked is null)
        {
            return AccountResult<ApiKeyRecord>.NotFound($"There is no API key with id '{id}'.");
        }

        cache.Invalidate();
        await events.RecordAsync(new SecurityEvent(SecurityEventKind.ApiKeyRevoked, now, actor.Id, id, actor.RemoteAddress), cancellationToken);
        return AccountResult<ApiKeyRecord>.Ok(revoked);
    }

    private static List<string> CheckTriggerPaths(IReadOnlyList<string>? paths, List<FieldError> errors)
    {
        var normalized = new List<string>();
        if (paths is null)
        {
            return normalized;
        }

        if (paths.Count > MaxTriggerPaths)
        {
            errors.Add(new("allowedTriggerPaths", $"At most {MaxTriggerPaths} paths."));
            return normalized;
        }

        foreach (var path in paths)
        {
            if (path is not null && TriggerPaths.Normalize(path) is { } valid)
            {
                normalized.Add(valid);
            }
            else
            {
                errors.Add(new("allowedTriggerPaths", $"'{path}' is not a trigger path: a path below /workflows, optionally ending in * to match everything below it."));
            }
        }

        return normalized;
    }

    private static string Base64UrlEncode(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
