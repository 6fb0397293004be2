using Microsoft.EntityFrameworkCore;

namespace HealthFlows.Persistence.Tests.Fixtures;

/// <summary>Contexts built the way the host builds them, without a container.</summary>
public static class DbContexts
{
    public static HealthFlowsDbContext Create(PersistenceOptions options)
    {
        var builder = new DbContextOptionsBuilder<HealthFlowsDbContext>();
        HealthFlowsDbContextOptions.Configure(builder, options);
        return new HealthFlowsDbContext(builder.Options);
    }
}
