using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace HealthFlows.Persistence.Encryption;

/// <summary>
/// One EF model per key ring: the converters hold the ring, and EF would otherwise share the first model built with every
/// host in the process (the tests run several, each with its own keys).
/// </summary>
internal sealed class EncryptionModelCacheKeyFactory : IModelCacheKeyFactory
{
    public object Create(DbContext context, bool designTime) =>
        (context.GetType(), context.GetService<IDbContextOptions>().FindExtension<PayloadEncryptionExtension>()?.Protector.Fingerprint, designTime);
}
