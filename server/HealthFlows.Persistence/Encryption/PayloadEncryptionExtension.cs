using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace HealthFlows.Persistence.Encryption;

/// <summary>Carries the key ring into <see cref="HealthFlowsDbContext"/>'s model building (pooled contexts take only options).</summary>
internal sealed class PayloadEncryptionExtension(PayloadProtector protector) : IDbContextOptionsExtension
{
    public PayloadProtector Protector { get; } = protector;

    public DbContextOptionsExtensionInfo Info => new ExtensionInfo(this);

    public void ApplyServices(IServiceCollection services)
    {
    }

    public void Validate(IDbContextOptions options)
    {
    }

    /// <summary>Every ring shares EF's internal services; only the model differs (see <see cref="EncryptionModelCacheKeyFactory"/>).</summary>
    private sealed class ExtensionInfo(IDbContextOptionsExtension extension) : DbContextOptionsExtensionInfo(extension)
    {
        public override bool IsDatabaseProvider => false;

        public override string LogFragment => "PayloadEncryption ";

        public override int GetServiceProviderHashCode() => 0;

        public override bool ShouldUseSameServiceProvider(DbContextOptionsExtensionInfo other) => other is ExtensionInfo;

        public override void PopulateDebugInfo(IDictionary<string, string> debugInfo) =>
            debugInfo["HealthFlows:PayloadEncryption"] = "1";
    }
}
