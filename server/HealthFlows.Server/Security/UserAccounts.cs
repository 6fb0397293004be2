using HealthFlows.Persistence.Entities;
using HealthFlows.Persistence.Stores;
using HealthFlows.Runtime.Execution;
using HealthFlows.Server.Apis.Contracts;
using HealthFlows.Server.Configuration;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace HealthFlows.Server.Security;

/// <summary>The built-in users: sign-in with lockout, and the changes an Admin makes. Every change is reported to the <see cref="ISecurityEventSink"/>.</summary>
public sealed class UserAccounts(
    IUserAccountStore store,
    UserCache cache,
    IPasswordHasher<UserRecord> hasher,
    ISecurityEventSink events,
    IOptions<HealthFlowsOptions> options,
    IdGenerator ids,
    TimeProvider clock)
{
    // Verifying against this when the user is unknown costs what a real check costs, so timing does not reveal names.
    private static readonly Lazy<string> DummyHash = new(() => new PasswordHasher<UserRecord>().HashPassword(new UserRecord(), "not-a-password"));

    private AuthOptions Auth => options.Value.Auth;

    public async Task<SignInOutcome> SignInAsync(string userName, string password, string? remoteAddress, CancellationToken cancellationToken)
    {
        var user = await store.FindByNameAsync(AccountRules.Normalize(userName), cancellationToken);
        var now = clock.GetUtcNow();
        string? failure = null;
        if (user is null)
        {
            hasher.VerifyHashedPassword(new UserRecord(), DummyHash.Value, password);
            failure = "unknown user";
        }
        else if (user.Disabled)
        {
            failure = "disabled";
        }
        else if (user.LockedUntil > now)
        {
            failure = "locked out";
        }
        else
        {
            var verdict = hasher.VerifyHashedPassword(user, user.PasswordHash, password);
            if (verdict == PasswordVerificationResult.Failed)
            {
                failure = "wrong password";
                await CountFailureAsync(user, now, remoteAddress, cancellationToken);
            }
            else
            {
                if (verdict == PasswordVerificationResult.SuccessRehashNeeded)
                {
                    user.PasswordHash = hasher.HashPassword(user, password);
                }

                user.FailedSignInCount = 0;
                user.LockedUntil = null;
                user.LastSignInAt = now;
                await store.UpdateAsync(user, cancellationToken);
            }
        }

        await events.RecordAsync(failure is null
            ? new SecurityEvent(SecurityEventKind.SignInSucceeded, now, user!.Id, user.Id, remoteAddress)
            : new SecurityEvent(SecurityEventKind.SignInFailed, now, userName.Length > AccountRules.MaxUserNameLength ? userName[..AccountRules.MaxUserNameLength] : userName, user?.Id, remoteAddress, failure), cancellationToken);
        return failure is null ? new SignInOutcome(user, null) : new SignInOutcome(null, failure);
    }

    public Task<IReadOnlyList<UserRecord>> ListAsync(CancellationToken cancellationToken) => store.ListAsync(cancellationToken);

    public Task<UserRecord?> GetAsync(string id, CancellationToken cancellationToken) => store.FindByIdAsync(id, cancellationToken);

    public async Task<AccountResult<UserRecord>> CreateAsync(string? userName, string? password, IReadOnlyList<string>? roles, Actor actor, CancellationToken cancellationToken)
    {
        var errors = new List<FieldError>();
        AccountRules.CheckUserName(userName, errors);
        AccountRules.CheckPassword(password, Auth.MinimumPasswordLength, errors);
        var canonical = AccountRules.CheckRoles(roles, errors);
        if (errors.Count > 0)
        {
            return AccountResult<UserRecord>.Invalid(errors);
        }

        var now = clock.GetUtcNow();
        var user = new UserRecord
        {
            Id = ids.NewId(),
            UserName = userName!.Trim(),
            NormalizedUserName = AccountRules.Normalize(userName),
            Roles = Roles.Format(canonical),
            CreatedAt = now,
            UpdatedAt = now,
        };
        user.PasswordHash = hasher.HashPassword(user, password!);
        if (!await store.AddAsync(user, cancellationToken))
        {
            return AccountResult<UserRecord>.Conflict($"A user named '{user.UserName}' exists already.");
        }

        await events.RecordAsync(new SecurityEvent(SecurityEventKind.UserCreated, now, actor.Id, user.Id, actor.RemoteAddress, $"roles: {user.Roles}"), cancellationToken);
        return AccountResult<UserRecord>.Ok(user);
    }

    public async Task<AccountResult<UserRecord>> SetRolesAsync(string id, IReadOnlyList<string>? roles, Actor actor, CancellationToken cancellationToken)
    {
        var errors = new List<FieldError>();
        var canonical = AccountRules.CheckRoles(roles, errors);
        if (errors.Count > 0)
        {
            return AccountResult<UserRecord>.Invalid(errors);
        }

        return await ChangeAsync(id, actor, SecurityEventKind.UserRolesChanged, user =>
        {
            var before = user.Roles;
            user.Roles = Roles.Format(canonical);
            return $"roles: {before} -> {user.Roles}";
        }, cancellationToken);
    }

    public Task<AccountResult<UserRecord>> SetDisabledAsync(string id, bool disabled, Actor actor, CancellationToken cancellationToken) =>
        id == actor.Id && disabled
            ? Task.FromResult(AccountResult<UserRecord>.Conflict("You cannot disable yourself."))
            : ChangeAsync(id, actor, disabled ? SecurityEventKind.UserDisabled : SecurityEventKind.UserEnabled, user =>
            {
                user.Disabled = disabled;
                return null;
            }, cancellationToken);

    /// <summary>Sets a new password and lifts a lockout.</summary>
    public async Task<AccountResult<UserRecord>> ResetPasswordAsync(string id, string? password, Actor actor, CancellationToken cancellationToken)
    {
        var errors = new List<FieldError>();
        AccountRules.CheckPassword(password, Auth.MinimumPasswordLength, errors);
        if (errors.Count > 0)
        {
            return AccountResult<UserRecord>.Invalid(errors);
        }

        return await ChangeAsync(id, actor, SecurityEventKind.UserPasswordReset, user =>
        {
            user.PasswordHash = hasher.HashPassword(user, password!);
            user.FailedSignInCount = 0;
            user.LockedUntil = null;
            return null;
        }, cancellationToken);
    }

    private async Task<AccountResult<UserRecord>> ChangeAsync(string id, Actor actor, SecurityEventKind kind, Func<UserRecord, string?> change, CancellationToken cancellationToken)
    {
        var user = await store.FindByIdAsync(id, cancellationToken);
        if (user is null)
        {
            return AccountResult<UserRecord>.NotFound($"There is no user with id '{id}'.");
        }

        var now = clock.GetUtcNow();
        var detail = change(user);
        user.UpdatedAt = now;
        if (!await store.UpdateAsync(user, cancellationToken))
        {
            return AccountResult<UserRecord>.NotFound($"There is no user with id '{id}'.");
        }

        cache.Invalidate(id);
        await events.RecordAsync(new SecurityEvent(kind, now, actor.Id, id, actor.RemoteAddress, detail), cancellationToken);
        return AccountResult<UserRecord>.Ok(user);
    }

    private async Task CountFailureAsync(UserRecord user, DateTimeOffset now, string? remoteAddress, CancellationToken cancellationToken)
    {
        user.FailedSignInCount++;
        var lockedOut = user.FailedSignInCount >= Math.Max(1, Auth.MaxFailedSignIns);
        if (lockedOut)
        {
            user.LockedUntil = now + Auth.LockoutDuration;
            user.FailedSignInCount = 0;
        }

        await store.UpdateAsync(user, cancellationToken);
        if (lockedOut)
        {
            await events.RecordAsync(new SecurityEvent(SecurityEventKind.UserLockedOut, now, null, user.Id, remoteAddress, $"until {user.LockedUntil:O}"), cancellationToken);
        }
    }
}
