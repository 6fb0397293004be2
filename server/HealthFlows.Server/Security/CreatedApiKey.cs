using HealthFlows.Persistence.Entities;

namespace HealthFlows.Server.Security;

/// <summary>A new key's stored record and the key itself, which exists only in this answer.</summary>
public sealed record CreatedApiKey(ApiKeyRecord Record, string Key);
