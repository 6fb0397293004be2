using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace HealthFlows.Persistence.Migrations.Sqlite;

/// <summary>Lets <c>dotnet ef</c> build the SQLite model; the file named here is only opened by <c>database update</c>.</summary>
public sealed class SqliteDesignTimeDbContextFactory : IDesignTimeDbContextFactory<HealthFlowsDbContext>
{
    public HealthFlowsDbContext CreateDbContext(string[] args)
    {
        var options = new PersistenceOptions { Provider = DatabaseProvider.Sqlite, ConnectionString = "Data Source=design-time.db" };
        var builder = new DbContextOptionsBuilder<HealthFlowsDbContext>();
        HealthFlowsDbContextOptions.Configure(builder, options);
        return new HealthFlowsDbContext(builder.Options);
    }
}
