using HealthFlows.Persistence.Entities;
using HealthFlows.Persistence.Stores;
using HealthFlows.Persistence.Tests.Fixtures;
using Microsoft.Extensions.Time.Testing;

namespace HealthFlows.Persistence.Tests.Stores;

/// <summary>What the <see cref="IUserAccountStore"/> must do, run against each provider.</summary>
public abstract class UserAccountStoreContract<TFixture>(TFixture fixture) : IClassFixture<TFixture>
    where TFixture : StoreFixture
{
    private readonly FakeTimeProvider clock = new(TestData.Epoch);

    private IUserAccountStore Store => fixture.Users;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task FindByNameAsync_AddedUser_ReturnsItByNormalizedName()
    {
        var user = User();

        Assert.True(await Store.AddAsync(user, Token));
        var found = await Store.FindByNameAsync(user.NormalizedUserName, Token);

        Assert.NotNull(found);
        Assert.Equal(user.Id, found.Id);
        Assert.Equal(user.PasswordHash, found.PasswordHash);
        Assert.Equal("Viewer,Analyst", found.Roles);
        Assert.True(await Store.AnyAsync(Token));
    }

    [Fact]
    public async Task AddAsync_NameTaken_ReturnsFalseAndStoresNothing()
    {
        var first = User();
        await Store.AddAsync(first, Token);
        var second = User();
        second.NormalizedUserName = first.NormalizedUserName;

        Assert.False(await Store.AddAsync(second, Token));
        Assert.Null(await Store.FindByIdAsync(second.Id, Token));
    }

    [Fact]
    public async Task UpdateAsync_LockoutAndDisable_AreStored()
    {
        var user = User();
        await Store.AddAsync(user, Token);
        user.FailedSignInCount = 2;
        user.LockedUntil = clock.GetUtcNow().AddMinutes(15);
        user.Disabled = true;

        Assert.True(await Store.UpdateAsync(user, Token));
        var found = await Store.FindByIdAsync(user.Id, Token);

        Assert.Equal(2, found!.FailedSignInCount);
        Assert.Equal(clock.GetUtcNow().AddMinutes(15), found.LockedUntil);
        Assert.True(found.Disabled);
    }

    [Fact]
    public async Task UpdateAsync_UnknownUser_ReturnsFalse()
    {
        Assert.False(await Store.UpdateAsync(User(), Token));
    }

    private UserRecord User()
    {
        var id = TestData.NewId("user");
        return new UserRecord
        {
            Id = id,
            UserName = id,
            NormalizedUserName = id.ToUpperInvariant(),
            PasswordHash = "AQAAAAIAAYagAAAAE-test-hash",
            Roles = "Viewer,Analyst",
            CreatedAt = clock.GetUtcNow(),
            UpdatedAt = clock.GetUtcNow(),
        };
    }
}
