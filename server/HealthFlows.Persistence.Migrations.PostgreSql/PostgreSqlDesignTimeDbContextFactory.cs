using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace HealthFlows.Persistence.Migrations.PostgreSql;

/// <summary>Lets <c>dotnet ef</c> build the PostgreSQL model; generating migrations does not connect.</summary>
public sealed class PostgreSqlDesignTimeDbContextFactory : IDesignTimeDbContextFactory<HealthFlowsDbContext>
{
    public HealthFlowsDbContext CreateDbContext(string[] args)
    {
        var options = new PersistenceOptions { Provider = DatabaseProvider.PostgreSql, ConnectionString = "Host=localhost;Database=healthflows" };
        var builder = new DbContextOptionsBuilder<HealthFlowsDbContext>();
        HealthFlowsDbContextOptions.Configure(builder, options);
        return new HealthFlowsDbContext(builder.Options);
    }
}
