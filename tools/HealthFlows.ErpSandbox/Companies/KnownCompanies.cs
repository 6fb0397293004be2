using System.Collections.Concurrent;
using HealthFlows.ErpSandbox.Storage;

namespace HealthFlows.ErpSandbox.Companies;

/// <summary>
/// The companies found to exist. Companies are seeded, never created or deleted through the API, so one that exists once
/// exists for good: each is looked up in the database only until it is found (a query on every call showed in the
/// charge-capture profile). An id not found is asked again each time, so a company another process adds is still seen.
/// </summary>
internal sealed class KnownCompanies
{
    private readonly ConcurrentDictionary<Guid, byte> found = new();

    /// <summary>Whether the company has been found before; no database call.</summary>
    public bool IsKnown(Guid companyId) => found.ContainsKey(companyId);

    /// <summary>Asks the database whether the company exists, and remembers it if so.</summary>
    public async Task<bool> LookUpAsync(ErpSandboxDbContext db, Guid companyId, CancellationToken cancellationToken)
    {
        if (!await db.Companies.AnyAsync(company => company.Id == companyId, cancellationToken))
            return false;
        found.TryAdd(companyId, 0);
        return true;
    }
}
