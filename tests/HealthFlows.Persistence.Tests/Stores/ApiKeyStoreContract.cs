using HealthFlows.Persistence.Entities;
using HealthFlows.Persistence.Stores;
using HealthFlows.Persistence.Tests.Fixtures;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace HealthFlows.Persistence.Tests.Stores;

/// <summary>What the <see cref="IApiKeyStore"/> must do, run against each provider.</summary>
public abstract class ApiKeyStoreContract<TFixture>(TFixture fixture) : IClassFixture<TFixture>
    where TFixture : StoreFixture
{
    private readonly FakeTimeProvider clock = new(TestData.Epoch);

    private IApiKeyStore Store => fixture.ApiKeys;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task FindByHashAsync_AddedKey_ReturnsIt()
    {
        var key = Key();
        key.ExpiresAt = clock.GetUtcNow().AddDays(30);

        await Store.AddAsync(key, Token);
        var found = await Store.FindByHashAsync(key.KeyHash, Token);

        Assert.NotNull(found);
        Assert.Equal(key.Id, found.Id);
        Assert.Equal("admin", found.Roles);
        Assert.Equal("hf_abc", found.Prefix);
        Assert.Equal(clock.GetUtcNow().AddDays(30), found.ExpiresAt);
        Assert.Null(found.RevokedAt);
    }

    [Fact]
    public async Task FindByHashAsync_UnknownHash_ReturnsNull()
    {
        Assert.Null(await Store.FindByHashAsync(Hash(), Token));
    }

    [Fact]
    public async Task AnyAsync_AfterAnAdd_ReturnsTrue()
    {
        await Store.AddAsync(Key(), Token);

        Assert.True(await Store.AnyAsync(Token));
    }

    [Fact]
    public async Task AddAsync_SecondKeyWithTheSameHash_IsRejected()
    {
        var first = Key();
        await Store.AddAsync(first, Token);
        var second = Key();
        second.KeyHash = first.KeyHash;

        await Assert.ThrowsAsync<DbUpdateException>(() => Store.AddAsync(second, Token));
    }

    [Fact]
    public async Task RevokeAsync_StoredKey_SetsRevokedAtOnceAndKeepsTheFirstTime()
    {
        var key = Key();
        key.AllowedTriggerPaths = "lab/*\nbilling/in";
        await Store.AddAsync(key, Token);

        var first = await Store.RevokeAsync(key.Id, clock.GetUtcNow(), Token);
        var second = await Store.RevokeAsync(key.Id, clock.GetUtcNow().AddHours(1), Token);

        Assert.Equal(clock.GetUtcNow(), first!.RevokedAt);
        Assert.Equal(clock.GetUtcNow(), second!.RevokedAt);
        Assert.Equal("lab/*\nbilling/in", (await Store.FindByHashAsync(key.KeyHash, Token))!.AllowedTriggerPaths);
        Assert.Contains(await Store.ListAsync(Token), k => k.Id == key.Id);
    }

    [Fact]
    public async Task RevokeAsync_UnknownId_ReturnsNull()
    {
        Assert.Null(await Store.RevokeAsync("no-such-key", clock.GetUtcNow(), Token));
    }

    private ApiKeyRecord Key() => new()
    {
        Id = TestData.NewId("key"),
        Name = "Bootstrap admin",
        KeyHash = Hash(),
        Prefix = "hf_abc",
        Roles = "admin",
        CreatedAt = clock.GetUtcNow(),
    };

    private static string Hash() => Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Guid.NewGuid().ToByteArray()));
}
