using HealthFlows.Persistence.Tests.Fixtures;
using HealthFlows.Runtime.Definitions;
using HealthFlows.Runtime.MasterData;
using Microsoft.EntityFrameworkCore;

namespace HealthFlows.Persistence.Tests.Stores;

/// <summary>What the <see cref="ICostCenterStore"/> must do, run against each provider.</summary>
public abstract class CostCenterStoreContract<TFixture>(TFixture fixture) : IClassFixture<TFixture>
    where TFixture : StoreFixture
{
    private static readonly DateOnly Today = new(2026, 11, 25);

    private ICostCenterStore Store => fixture.CostCenters;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task CreateCostCenterAsync_NewCode_StoresItUpperCaseAtRevisionOne()
    {
        var code = NewCode();

        var created = await Store.CreateCostCenterAsync(
            CostCenter(code.ToLowerInvariant(), "  Laboratory ", from: new DateOnly(2026, 1, 1), to: new DateOnly(2026, 12, 31)), Token);

        Assert.True(created.Succeeded, created.Message);
        var stored = await Store.GetCostCenterAsync(code.ToLowerInvariant(), Token);
        Assert.NotNull(stored);
        Assert.Equal(code, stored.Code);
        Assert.Equal("Laboratory", stored.Name);
        Assert.Equal(new DateOnly(2026, 1, 1), stored.EffectiveFrom);
        Assert.Equal(new DateOnly(2026, 12, 31), stored.EffectiveTo);
        Assert.Equal(1, stored.Revision);
    }

    [Fact]
    public async Task CreateCostCenterAsync_ExistingCode_IsConflict()
    {
        var code = await CreateCostCenterAsync();

        var again = await Store.CreateCostCenterAsync(CostCenter(code, "Other"), Token);

        Assert.Equal(OperationError.Conflict, again.Error);
        Assert.Equal("Cost center", (await Store.GetCostCenterAsync(code, Token))!.Name[..11]);
    }

    [Fact]
    public async Task CreateCostCenterAsync_BadFields_ListsEveryProblemAndStoresNothing()
    {
        var code = NewCode();

        var result = await Store.CreateCostCenterAsync(CostCenter(code, " ", from: new DateOnly(2026, 6, 1), to: new DateOnly(2026, 5, 31)), Token);

        Assert.Equal(OperationError.Invalid, result.Error);
        Assert.Equal(["name", "effectiveTo"], result.Problems!.Select(p => p.Field));
        Assert.Null(await Store.GetCostCenterAsync(code, Token));
    }

    [Fact]
    public async Task UpdateCostCenterAsync_WithTheRevisionRead_SavesAndKeepsTheErpLink()
    {
        var code = NewCode();
        await Store.UpsertCostCentersAsync([CostCenter(code, "Before") with { ErpId = "erp-1", LastSyncedAt = TestData.Epoch }], Token);

        var updated = await Store.UpdateCostCenterAsync(CostCenter(code, "After", active: false), expectedRevision: 1, Token);

        Assert.True(updated.Succeeded, updated.Message);
        var stored = await Store.GetCostCenterAsync(code, Token);
        Assert.Equal(("After", false, 2), (stored!.Name, stored.Active, stored.Revision));
        Assert.Equal("erp-1", stored.ErpId);
        Assert.Equal(TestData.Epoch, stored.LastSyncedAt);
    }

    [Fact]
    public async Task UpdateCostCenterAsync_WithAStaleRevision_IsConflictAndChangesNothing()
    {
        var code = await CreateCostCenterAsync();
        await Store.UpdateCostCenterAsync(CostCenter(code, "Second"), expectedRevision: null, Token);

        var stale = await Store.UpdateCostCenterAsync(CostCenter(code, "Third"), expectedRevision: 1, Token);

        Assert.Equal(OperationError.Conflict, stale.Error);
        Assert.Equal("Second", (await Store.GetCostCenterAsync(code, Token))!.Name);
    }

    [Fact]
    public async Task UpdateCostCenterAsync_UnknownCode_IsNotFound()
    {
        var result = await Store.UpdateCostCenterAsync(CostCenter(NewCode(), "Nobody"), null, Token);

        Assert.Equal(OperationError.NotFound, result.Error);
    }

    [Fact]
    public async Task DeleteCostCenterAsync_WhileMapped_IsConflict_AndOnceUnmappedDeletes()
    {
        var code = await CreateCostCenterAsync();
        var source = NewCode();
        await CreateMappingAsync(CostCenterSourceKind.Department, source, code);

        var refused = await Store.DeleteCostCenterAsync(code, Token);
        Assert.Equal(OperationError.Conflict, refused.Error);
        Assert.NotNull(await Store.GetCostCenterAsync(code, Token));

        Assert.True(await Store.DeleteMappingAsync(CostCenterSourceKind.Department, source, Token));
        var deleted = await Store.DeleteCostCenterAsync(code, Token);
        Assert.True(deleted.Succeeded);
        Assert.Null(await Store.GetCostCenterAsync(code, Token));
        Assert.Equal(OperationError.NotFound, (await Store.DeleteCostCenterAsync(code, Token)).Error);
    }

    [Fact]
    public async Task ListCostCentersAsync_SearchAndActive_FilterAndPageByCode()
    {
        var marker = NewCode();
        var codes = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            codes.Add(await CreateCostCenterAsync($"Ward {marker.ToLowerInvariant()} {i}"));
        }

        await Store.CreateCostCenterAsync(CostCenter(NewCode(), $"Closed {marker}", active: false), Token);

        var page = await Store.ListCostCentersAsync(new CostCenterQuery(Search: marker, Active: true, Page: 2, PageSize: 2), Token);

        Assert.Equal(3, page.TotalCount);
        Assert.Equal([codes.Order(StringComparer.Ordinal).Last()], page.Items.Select(c => c.Code));
        var inactive = await Store.ListCostCentersAsync(new CostCenterQuery(Search: marker, Active: false), Token);
        Assert.Equal($"Closed {marker}", Assert.Single(inactive.Items).Name);
    }

    [Fact]
    public async Task UpsertCostCentersAsync_MixedBatch_CountsInsertedUpdatedAndUnchanged()
    {
        var (same, changed, added) = (NewCode(), NewCode(), NewCode());
        await Store.UpsertCostCentersAsync([CostCenter(same, "Same"), CostCenter(changed, "Old name")], Token);
        var syncedAt = TestData.Epoch.AddDays(1);

        var counts = await Store.UpsertCostCentersAsync(
        [
            CostCenter(same, "Same") with { LastSyncedAt = syncedAt },
            CostCenter(changed, "New name") with { LastSyncedAt = syncedAt },
            CostCenter(added, "Added") with { LastSyncedAt = syncedAt },
        ], Token);

        Assert.Equal(new UpsertCounts(Inserted: 1, Updated: 1, Unchanged: 1), counts);
        var unchanged = await Store.GetCostCenterAsync(same, Token);
        Assert.Equal((1, syncedAt), (unchanged!.Revision, unchanged.LastSyncedAt));
        var renamed = await Store.GetCostCenterAsync(changed, Token);
        Assert.Equal(("New name", 2), (renamed!.Name, renamed.Revision));
        Assert.Equal("Added", (await Store.GetCostCenterAsync(added, Token))!.Name);
    }

    [Fact]
    public async Task UpsertCostCentersAsync_ACodeTwiceOrABadItem_ThrowsAndSavesNothing()
    {
        var (first, second) = (NewCode(), NewCode());

        await Assert.ThrowsAsync<ArgumentException>(() =>
            Store.UpsertCostCentersAsync([CostCenter(first, "First"), CostCenter(second, "Second"), CostCenter(first.ToLowerInvariant(), "Again")], Token));
        await Assert.ThrowsAsync<ArgumentException>(() =>
            Store.UpsertCostCentersAsync([CostCenter(first, "First"), CostCenter(second, new string('x', 101))], Token));

        Assert.Null(await Store.GetCostCenterAsync(first, Token));
        Assert.Null(await Store.GetCostCenterAsync(second, Token));
    }

    [Fact]
    public async Task CreateMappingAsync_ToAnUnknownCostCenter_IsInvalid()
    {
        var result = await Store.CreateMappingAsync(Mapping(CostCenterSourceKind.Location, NewCode(), NewCode()), Token);

        Assert.Equal(OperationError.Invalid, result.Error);
        Assert.Equal("costCenterCode", Assert.Single(result.Problems!).Field);
    }

    [Fact]
    public async Task CreateMappingAsync_TheSameSourceTwice_IsConflict_ButAnotherKindIsFine()
    {
        var code = await CreateCostCenterAsync();
        var source = NewCode();
        await CreateMappingAsync(CostCenterSourceKind.Department, source, code);

        var twice = await Store.CreateMappingAsync(Mapping(CostCenterSourceKind.Department, source.ToLowerInvariant(), code), Token);
        var otherKind = await Store.CreateMappingAsync(Mapping(CostCenterSourceKind.HospitalService, source, code), Token);

        Assert.Equal(OperationError.Conflict, twice.Error);
        Assert.True(otherKind.Succeeded, otherKind.Message);
    }

    [Fact]
    public async Task UpdateMappingAsync_PointsAtAnotherCostCenter_AndRefusesAStaleRevision()
    {
        var (from, to) = (await CreateCostCenterAsync(), await CreateCostCenterAsync());
        var source = NewCode();
        await CreateMappingAsync(CostCenterSourceKind.Location, source, from);

        var moved = await Store.UpdateMappingAsync(Mapping(CostCenterSourceKind.Location, source, to), expectedRevision: 1, Token);
        var stale = await Store.UpdateMappingAsync(Mapping(CostCenterSourceKind.Location, source, from), expectedRevision: 1, Token);

        Assert.Equal((to, 2), (moved.Value!.CostCenterCode, moved.Value.Revision));
        Assert.Equal(OperationError.Conflict, stale.Error);
        Assert.Equal(to, (await Store.GetMappingAsync(CostCenterSourceKind.Location, source, Token))!.CostCenterCode);
    }

    [Fact]
    public async Task ImportMappingsAsync_NewAndChangedRows_CountsThem()
    {
        var (first, second) = (await CreateCostCenterAsync(), await CreateCostCenterAsync());
        var (kept, moved, added) = (NewCode(), NewCode(), NewCode());
        await CreateMappingAsync(CostCenterSourceKind.Department, kept, first);
        await CreateMappingAsync(CostCenterSourceKind.Department, moved, first);

        var result = await Store.ImportMappingsAsync(
        [
            Mapping(CostCenterSourceKind.Department, kept, first),
            Mapping(CostCenterSourceKind.Department, moved, second),
            Mapping(CostCenterSourceKind.HospitalService, added, second),
        ], Token);

        Assert.Equal(new UpsertCounts(Inserted: 1, Updated: 1, Unchanged: 1), result.Value);
        Assert.Equal(second, (await Store.GetMappingAsync(CostCenterSourceKind.Department, moved, Token))!.CostCenterCode);
        Assert.Equal(second, (await Store.GetMappingAsync(CostCenterSourceKind.HospitalService, added, Token))!.CostCenterCode);
    }

    [Fact]
    public async Task ImportMappingsAsync_WithBadRows_ReportsEachByIndexAndImportsNothing()
    {
        var code = await CreateCostCenterAsync();
        var (good, twice) = (NewCode(), NewCode());

        var result = await Store.ImportMappingsAsync(
        [
            Mapping(CostCenterSourceKind.Department, good, code),
            Mapping(CostCenterSourceKind.Department, twice, code),
            Mapping(CostCenterSourceKind.Location, NewCode(), "NO-SUCH-CC"),
            Mapping(CostCenterSourceKind.Department, twice, code),
        ], Token);

        Assert.Equal(OperationError.Invalid, result.Error);
        Assert.Equal([(2, "costCenterCode"), (3, "sourceCode")], result.Problems!.Select(p => (p.Index, p.Field)));
        Assert.Null(await Store.GetMappingAsync(CostCenterSourceKind.Department, good, Token));
    }

    [Fact]
    public async Task ResolveAsync_AnActiveCostCenterInEffect_IsValid_WhateverTheCaseOfTheSource()
    {
        var code = await CreateCostCenterAsync(from: Today, to: Today);
        var source = NewCode();
        await CreateMappingAsync(CostCenterSourceKind.HospitalService, source, code);

        var resolution = await Store.ResolveAsync(CostCenterSourceKind.HospitalService, $" {source.ToLowerInvariant()} ", Today, Token);

        Assert.Equal(CostCenterResolutionStatus.Valid, resolution.Status);
        Assert.Equal(code, resolution.CostCenter!.Code);
        Assert.Null(resolution.Reason);
    }

    [Theory]
    [InlineData(false, null, null, "inactive")]
    [InlineData(true, "2026-12-01", null, "effective from 2026-12-01")]
    [InlineData(true, null, "2026-11-24", "effective until 2026-11-24")]
    public async Task ResolveAsync_InactiveOrOutOfEffect_IsInvalidWithTheReason(bool active, string? from, string? to, string reason)
    {
        var code = NewCode();
        await Store.CreateCostCenterAsync(
            CostCenter(code, "Out of use", active, from is null ? null : DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture),
                to is null ? null : DateOnly.Parse(to, System.Globalization.CultureInfo.InvariantCulture)), Token);
        var source = NewCode();
        await CreateMappingAsync(CostCenterSourceKind.Department, source, code);

        var resolution = await Store.ResolveAsync(CostCenterSourceKind.Department, source, Today, Token);

        Assert.Equal(CostCenterResolutionStatus.Invalid, resolution.Status);
        Assert.Equal(code, resolution.CostCenter!.Code);
        Assert.Contains(reason, resolution.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ResolveAsync_NoMappingForThatKind_IsUnknown()
    {
        var code = await CreateCostCenterAsync();
        var source = NewCode();
        await CreateMappingAsync(CostCenterSourceKind.Department, source, code);

        var resolution = await Store.ResolveAsync(CostCenterSourceKind.Location, source, Today, Token);

        Assert.Equal(CostCenterResolutionStatus.Unknown, resolution.Status);
        Assert.Null(resolution.CostCenter);
        Assert.Equal($"No cost center is mapped from location '{source}'.", resolution.Reason);
    }

    [Fact]
    public async Task TheSchema_RefusesAMappingRowWithoutItsCostCenter()
    {
        await using var db = fixture.CreateDbContext();
        db.CostCenterMappings.Add(new Entities.CostCenterMappingRecord
        {
            Kind = CostCenterSourceKind.Department, SourceCode = NewCode(), CostCenterCode = NewCode(), Revision = 1,
        });

        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync(Token));
    }

    private static string NewCode() => "T" + Guid.NewGuid().ToString("N")[..12].ToUpperInvariant();

    private static CostCenter CostCenter(string code, string name, bool active = true, DateOnly? from = null, DateOnly? to = null) => new()
    {
        Code = code, Name = name, Active = active, EffectiveFrom = from, EffectiveTo = to,
    };

    private static CostCenterMapping Mapping(CostCenterSourceKind kind, string source, string costCenter) =>
        new() { Kind = kind, SourceCode = source, CostCenterCode = costCenter };

    private async Task<string> CreateCostCenterAsync(string? name = null, DateOnly? from = null, DateOnly? to = null)
    {
        var code = NewCode();
        var result = await Store.CreateCostCenterAsync(CostCenter(code, name ?? $"Cost center {code}", from: from, to: to), Token);
        Assert.True(result.Succeeded, result.Message);
        return code;
    }

    private async Task CreateMappingAsync(CostCenterSourceKind kind, string source, string costCenter)
    {
        var result = await Store.CreateMappingAsync(Mapping(kind, source, costCenter), Token);
        Assert.True(result.Succeeded, result.Message);
    }
}
