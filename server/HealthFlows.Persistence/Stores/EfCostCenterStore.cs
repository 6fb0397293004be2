using System.Data.Common;
using HealthFlows.Persistence.Entities;
using HealthFlows.Persistence.Mapping;
using HealthFlows.Runtime.MasterData;
using HealthFlows.Runtime.Stores;
using Microsoft.EntityFrameworkCore;

namespace HealthFlows.Persistence.Stores;

/// <summary>
/// Cost centers and mappings in the <c>CostCenters</c> and <c>CostCenterMappings</c> tables. Bulk writes load the whole
/// table they write (master data runs to hundreds or a few thousand rows) and save in one <c>SaveChanges</c>, which is
/// one transaction.
/// </summary>
public sealed class EfCostCenterStore(IDbContextFactory<HealthFlowsDbContext> contexts) : ICostCenterStore
{
    public async Task<PagedResult<CostCenter>> ListCostCentersAsync(CostCenterQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        IQueryable<CostCenterRecord> rows = db.CostCenters;
        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var term = query.Search.Trim().ToLowerInvariant();
#pragma warning disable CA1304, CA1311, CA1862 // ToLower() is what EF translates to SQL lower() on every provider.
            rows = rows.Where(c => c.Code.ToLower().Contains(term) || c.Name.ToLower().Contains(term));
#pragma warning restore CA1304, CA1311, CA1862
        }

        if (query.Active is { } active)
        {
            rows = rows.Where(c => c.Active == active);
        }

        var total = await rows.CountAsync(cancellationToken);
        var (skip, take) = Paging.Window(query.Page, query.PageSize);
        var page = await rows.OrderBy(c => c.Code).Skip(skip).Take(take).ToListAsync(cancellationToken);
        return new PagedResult<CostCenter>(page.ConvertAll(r => r.ToModel()), total);
    }

    public async Task<CostCenter?> GetCostCenterAsync(string code, CancellationToken cancellationToken)
    {
        var key = MasterDataRules.NormalizeCode(code);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var record = await db.CostCenters.FirstOrDefaultAsync(c => c.Code == key, cancellationToken);
        return record?.ToModel();
    }

    public async Task<bool> AnyCostCentersAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.CostCenters.AnyAsync(cancellationToken);
    }

    public async Task<MasterDataResult<CostCenter>> CreateCostCenterAsync(CostCenter costCenter, CancellationToken cancellationToken)
    {
        var item = MasterDataRules.Normalize(costCenter);
        if (MasterDataRules.Check(item) is { Count: > 0 } problems)
        {
            return MasterDataResult<CostCenter>.Invalid("The cost center is not valid.", problems);
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await db.CostCenters.AnyAsync(c => c.Code == item.Code, cancellationToken))
        {
            return CostCenterExists(item.Code);
        }

        var record = item.ToRecord();
        db.CostCenters.Add(record);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (DbErrors.IsUniqueViolation(ex))
        {
            return CostCenterExists(item.Code);
        }

        return MasterDataResult<CostCenter>.Ok(record.ToModel());
    }

    public async Task<MasterDataResult<CostCenter>> UpdateCostCenterAsync(CostCenter costCenter, int? expectedRevision, CancellationToken cancellationToken)
    {
        var item = MasterDataRules.Normalize(costCenter);
        if (MasterDataRules.Check(item) is { Count: > 0 } problems)
        {
            return MasterDataResult<CostCenter>.Invalid("The cost center is not valid.", problems);
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var record = await db.CostCenters.AsTracking().FirstOrDefaultAsync(c => c.Code == item.Code, cancellationToken);
        if (record is null)
        {
            return MasterDataResult<CostCenter>.NotFound(NoCostCenter(item.Code));
        }

        if (expectedRevision is { } expected && expected != record.Revision)
        {
            return MasterDataResult<CostCenter>.Conflict(Stale($"Cost center {item.Code}", record.Revision, expected));
        }

        record.Apply(item);
        record.Revision++;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return MasterDataResult<CostCenter>.Conflict($"Cost center {item.Code} was changed by someone else meanwhile; reload it and try again.");
        }

        return MasterDataResult<CostCenter>.Ok(record.ToModel());
    }

    public async Task<MasterDataResult<bool>> DeleteCostCenterAsync(string code, CancellationToken cancellationToken)
    {
        var key = MasterDataRules.NormalizeCode(code);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var mapped = await db.CostCenterMappings.CountAsync(m => m.CostCenterCode == key, cancellationToken);
        if (mapped > 0)
        {
            return MasterDataResult<bool>.Conflict(StillMapped(key, mapped));
        }

        try
        {
            return await db.CostCenters.Where(c => c.Code == key).ExecuteDeleteAsync(cancellationToken) > 0
                ? MasterDataResult<bool>.Ok(true)
                : MasterDataResult<bool>.NotFound(NoCostCenter(key));
        }
        catch (Exception ex) when (ex is DbException or DbUpdateException && DbErrors.IsForeignKeyViolation(ex))
        {
            return MasterDataResult<bool>.Conflict(StillMapped(key, 1));
        }
    }

    public async Task<UpsertCounts> UpsertCostCentersAsync(IReadOnlyList<CostCenter> costCenters, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(costCenters);
        var items = costCenters.Select(MasterDataRules.Normalize).ToList();
        var problems = items.SelectMany((item, index) => MasterDataRules.Check(item, index)).ToList();
        problems.AddRange(Duplicates(items, c => c.Code, "code"));
        if (problems.Count > 0)
        {
            throw new ArgumentException(
                "The cost centers were not saved: " + string.Join(" ", problems.Select(p => $"[{p.Index}] {p.Field}: {p.Message}")), nameof(costCenters));
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var stored = await db.CostCenters.AsTracking().ToDictionaryAsync(c => c.Code, StringComparer.Ordinal, cancellationToken);
        int inserted = 0, updated = 0;
        foreach (var item in items)
        {
            if (!stored.TryGetValue(item.Code, out var record))
            {
                db.CostCenters.Add(item.ToRecord());
                inserted++;
                continue;
            }

            if (record.DiffersFrom(item))
            {
                record.Revision++;
                updated++;
            }

            // Applied to unchanged rows too: it only moves LastSyncedAt there, and EF writes only columns that changed.
            record.Apply(item);
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (DbErrors.IsConflict(ex))
        {
            throw new ConcurrencyConflictException("Cost centers were changed by someone else during the upsert; nothing was saved. Try again.", ex);
        }

        return new UpsertCounts(inserted, updated, items.Count - inserted - updated);
    }

    public async Task<PagedResult<CostCenterMapping>> ListMappingsAsync(CostCenterMappingQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        IQueryable<CostCenterMappingRecord> rows = db.CostCenterMappings;
        if (query.Kind is { } kind)
        {
            rows = rows.Where(m => m.Kind == kind);
        }

        if (!string.IsNullOrWhiteSpace(query.CostCenterCode))
        {
            var code = MasterDataRules.NormalizeCode(query.CostCenterCode);
            rows = rows.Where(m => m.CostCenterCode == code);
        }

        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            // Source codes are stored upper-case, so an upper-case term matches without lower() on the column.
            var term = MasterDataRules.NormalizeCode(query.Search);
            rows = rows.Where(m => m.SourceCode.Contains(term));
        }

        var total = await rows.CountAsync(cancellationToken);
        var (skip, take) = Paging.Window(query.Page, query.PageSize);
        var page = await rows.OrderBy(m => m.Kind).ThenBy(m => m.SourceCode).Skip(skip).Take(take).ToListAsync(cancellationToken);
        return new PagedResult<CostCenterMapping>(page.ConvertAll(r => r.ToModel()), total);
    }

    public async Task<CostCenterMapping?> GetMappingAsync(CostCenterSourceKind kind, string sourceCode, CancellationToken cancellationToken)
    {
        var key = MasterDataRules.NormalizeCode(sourceCode);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var record = await db.CostCenterMappings.FirstOrDefaultAsync(m => m.Kind == kind && m.SourceCode == key, cancellationToken);
        return record?.ToModel();
    }

    public async Task<MasterDataResult<CostCenterMapping>> CreateMappingAsync(CostCenterMapping mapping, CancellationToken cancellationToken)
    {
        var item = MasterDataRules.Normalize(mapping);
        if (MasterDataRules.Check(item) is { Count: > 0 } problems)
        {
            return InvalidMapping(problems);
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (!await db.CostCenters.AnyAsync(c => c.Code == item.CostCenterCode, cancellationToken))
        {
            return InvalidMapping([UnknownCostCenter(0, item.CostCenterCode)]);
        }

        if (await db.CostCenterMappings.AnyAsync(m => m.Kind == item.Kind && m.SourceCode == item.SourceCode, cancellationToken))
        {
            return MappingExists(item);
        }

        var record = item.ToRecord();
        db.CostCenterMappings.Add(record);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (DbErrors.IsUniqueViolation(ex))
        {
            return MappingExists(item);
        }
        catch (DbUpdateException ex) when (DbErrors.IsForeignKeyViolation(ex))
        {
            return InvalidMapping([UnknownCostCenter(0, item.CostCenterCode)]);
        }

        return MasterDataResult<CostCenterMapping>.Ok(record.ToModel());
    }

    public async Task<MasterDataResult<CostCenterMapping>> UpdateMappingAsync(CostCenterMapping mapping, int? expectedRevision, CancellationToken cancellationToken)
    {
        var item = MasterDataRules.Normalize(mapping);
        if (MasterDataRules.Check(item) is { Count: > 0 } problems)
        {
            return InvalidMapping(problems);
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var record = await db.CostCenterMappings.AsTracking()
            .FirstOrDefaultAsync(m => m.Kind == item.Kind && m.SourceCode == item.SourceCode, cancellationToken);
        if (record is null)
        {
            return MasterDataResult<CostCenterMapping>.NotFound(NoMapping(item.Kind, item.SourceCode));
        }

        if (expectedRevision is { } expected && expected != record.Revision)
        {
            return MasterDataResult<CostCenterMapping>.Conflict(Stale($"The mapping of {Describe(item)}", record.Revision, expected));
        }

        if (!await db.CostCenters.AnyAsync(c => c.Code == item.CostCenterCode, cancellationToken))
        {
            return InvalidMapping([UnknownCostCenter(0, item.CostCenterCode)]);
        }

        record.CostCenterCode = item.CostCenterCode;
        record.Revision++;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return MasterDataResult<CostCenterMapping>.Conflict($"The mapping of {Describe(item)} was changed by someone else meanwhile; reload it and try again.");
        }
        catch (DbUpdateException ex) when (DbErrors.IsForeignKeyViolation(ex))
        {
            return InvalidMapping([UnknownCostCenter(0, item.CostCenterCode)]);
        }

        return MasterDataResult<CostCenterMapping>.Ok(record.ToModel());
    }

    public async Task<bool> DeleteMappingAsync(CostCenterSourceKind kind, string sourceCode, CancellationToken cancellationToken)
    {
        var key = MasterDataRules.NormalizeCode(sourceCode);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.CostCenterMappings.Where(m => m.Kind == kind && m.SourceCode == key).ExecuteDeleteAsync(cancellationToken) > 0;
    }

    public async Task<MasterDataResult<UpsertCounts>> ImportMappingsAsync(IReadOnlyList<CostCenterMapping> mappings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(mappings);
        var items = mappings.Select(MasterDataRules.Normalize).ToList();
        var problems = items.SelectMany((item, index) => MasterDataRules.Check(item, index)).ToList();
        problems.AddRange(Duplicates(items, m => $"{m.Kind}|{m.SourceCode}", "sourceCode"));

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var costCenters = (await db.CostCenters.Select(c => c.Code).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        problems.AddRange(items
            .Select((item, index) => (item, index))
            .Where(x => x.item.CostCenterCode.Length > 0 && !costCenters.Contains(x.item.CostCenterCode))
            .Select(x => UnknownCostCenter(x.index, x.item.CostCenterCode)));
        if (problems.Count > 0)
        {
            return MasterDataResult<UpsertCounts>.Invalid("The mappings were not imported.", [.. problems.OrderBy(p => p.Index)]);
        }

        var stored = await db.CostCenterMappings.AsTracking().ToDictionaryAsync(m => (m.Kind, m.SourceCode), cancellationToken);
        int inserted = 0, updated = 0;
        foreach (var item in items)
        {
            if (!stored.TryGetValue((item.Kind, item.SourceCode), out var record))
            {
                db.CostCenterMappings.Add(item.ToRecord());
                inserted++;
            }
            else if (record.CostCenterCode != item.CostCenterCode)
            {
                record.CostCenterCode = item.CostCenterCode;
                record.Revision++;
                updated++;
            }
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (DbErrors.IsConflict(ex) || DbErrors.IsForeignKeyViolation(ex))
        {
            return MasterDataResult<UpsertCounts>.Conflict("Mappings or cost centers were changed by someone else during the import; nothing was imported. Try again.");
        }

        return MasterDataResult<UpsertCounts>.Ok(new UpsertCounts(inserted, updated, items.Count - inserted - updated));
    }

    public async Task<CostCenterResolution> ResolveAsync(CostCenterSourceKind kind, string sourceCode, DateOnly at, CancellationToken cancellationToken)
    {
        var key = MasterDataRules.NormalizeCode(sourceCode);
        if (key.Length == 0)
        {
            return CostCenterResolution.Unknown(kind, key);
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var costCenter = await db.CostCenterMappings
            .Where(m => m.Kind == kind && m.SourceCode == key)
            .Select(m => m.CostCenter)
            .FirstOrDefaultAsync(cancellationToken);
        return costCenter is null ? CostCenterResolution.Unknown(kind, key) : CostCenterResolution.For(costCenter.ToModel(), at);
    }

    private static IEnumerable<MasterDataProblem> Duplicates<T>(List<T> items, Func<T, string> key, string field)
    {
        var first = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var index = 0; index < items.Count; index++)
        {
            var k = key(items[index]);
            if (!first.TryAdd(k, index))
            {
                yield return new MasterDataProblem(index, field, $"The same {field} comes earlier in the list (item {first[k]}).");
            }
        }
    }

    private static MasterDataProblem UnknownCostCenter(int index, string code) => new(index, "costCenterCode", $"There is no cost center '{code}'.");

    private static MasterDataResult<CostCenterMapping> InvalidMapping(IReadOnlyList<MasterDataProblem> problems) =>
        MasterDataResult<CostCenterMapping>.Invalid("The mapping is not valid.", problems);

    private static MasterDataResult<CostCenter> CostCenterExists(string code) =>
        MasterDataResult<CostCenter>.Conflict($"Cost center {code} exists already.");

    private static MasterDataResult<CostCenterMapping> MappingExists(CostCenterMapping mapping) =>
        MasterDataResult<CostCenterMapping>.Conflict($"{char.ToUpperInvariant(Describe(mapping)[0])}{Describe(mapping)[1..]} is mapped already.");

    private static string NoCostCenter(string code) => $"There is no cost center '{code}'.";

    private static string NoMapping(CostCenterSourceKind kind, string sourceCode) =>
        $"There is no mapping of {CostCenterResolution.Describe(kind)} '{sourceCode}'.";

    private static string StillMapped(string code, int count) =>
        $"Cost center {code} is still mapped from {count} source value(s); delete or remap them first.";

    private static string Stale(string what, int stored, int expected) =>
        $"{what} is at revision {stored}, not {expected}: it was changed since you read it. Reload it and try again.";

    private static string Describe(CostCenterMapping mapping) => $"{CostCenterResolution.Describe(mapping.Kind)} '{mapping.SourceCode}'";
}
