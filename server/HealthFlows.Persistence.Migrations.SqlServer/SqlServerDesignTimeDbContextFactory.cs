using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace HealthFlows.Persistence.Migrations.SqlServer;

/// <summary>Lets <c>dotnet ef</c> build the SQL Server model; generating migrations does not connect.</summary>
public sealed class SqlServerDesignTimeDbContextFactory : IDesignTimeDbContextFactory<HealthFlowsDbContext>
{
    public HealthFlowsDbContext CreateDbContext(string[] args)
    {
        var options = new PersistenceOptions
        {
            Provider = DatabaseProvider.SqlServer,
            ConnectionString = "Server=localhost;Database=HealthFlows;Integrated Security=true;TrustServerCertificate=true",
        };
        var builder = new DbContextOptionsBuilder<HealthFlowsDbContext>();
        HealthFlowsDbContextOptions.Configure(builder, options);
        return new HealthFlowsDbContext(builder.Options);
    }
}
