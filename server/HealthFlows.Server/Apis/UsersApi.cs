using HealthFlows.Server.Apis.Contracts;
using HealthFlows.Server.Apis.Http;
using HealthFlows.Server.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace HealthFlows.Server.Apis;

/// <summary>Built-in users, for Admins: list, create, change roles, disable and enable, reset passwords.</summary>
public static class UsersApi
{
    public static RouteGroupBuilder MapUsersApi(this IEndpointRouteBuilder routes)
    {
        var api = routes.MapGroup("/api/users").WithTags("Users").RequireAuthorization(Policies.Administer);
        api.MapGet("/", List).WithName("ListUsers").WithSummary("Lists the built-in users by name.");
        api.MapPost("/", Create).WithName("CreateUser").WithSummary("Creates a user with a password and roles (409 when the name is taken, 422 listing every problem).")
            .DocumentsJsonBody<CreateUserRequest>();
        api.MapGet("/{userId}", Get).WithName("GetUser").WithSummary("Gets one user.");
        api.MapPut("/{userId}/roles", SetRoles).WithName("SetUserRoles").WithSummary("Replaces a user's roles; effective on the user's next request.")
            .DocumentsJsonBody<UserRolesRequest>();
        api.MapPost("/{userId}/disable", Disable).WithName("DisableUser").WithSummary("Disables a user: no sign-in, and tokens already issued stop working.");
        api.MapPost("/{userId}/enable", Enable).WithName("EnableUser").WithSummary("Enables a disabled user again.");
        api.MapPost("/{userId}/reset-password", ResetPassword).WithName("ResetUserPassword").WithSummary("Sets a new password and lifts a lockout.")
            .DocumentsJsonBody<PasswordRequest>();
        return api;
    }

    public static async Task<Ok<ListResponse<UserResponse>>> List(UserAccounts accounts, CancellationToken cancellationToken)
    {
        var users = await accounts.ListAsync(cancellationToken);
        return TypedResults.Ok(new ListResponse<UserResponse>([.. users.Select(UserResponse.From)], users.Count));
    }

    public static async Task<Results<Created<UserResponse>, ProblemHttpResult>> Create(HttpContext context, UserAccounts accounts, CancellationToken cancellationToken)
    {
        var body = await RequestBody.ReadAsync<CreateUserRequest>(context.Request, cancellationToken);
        if (body.Failed)
        {
            return body.Problem!;
        }

        var result = await accounts.CreateAsync(body.Value!.UserName, body.Value.Password, body.Value.Roles, Actor.From(context), cancellationToken);
        return result.Succeeded
            ? TypedResults.Created($"/api/users/{result.Value!.Id}", UserResponse.From(result.Value))
            : AccountProblems.From(result);
    }

    public static async Task<Results<Ok<UserResponse>, ProblemHttpResult>> Get(string userId, UserAccounts accounts, CancellationToken cancellationToken) =>
        await accounts.GetAsync(userId, cancellationToken) is { } user
            ? TypedResults.Ok(UserResponse.From(user))
            : Problems.NotFound($"There is no user with id '{userId}'.");

    public static async Task<Results<Ok<UserResponse>, ProblemHttpResult>> SetRoles(string userId, HttpContext context, UserAccounts accounts, CancellationToken cancellationToken)
    {
        var body = await RequestBody.ReadAsync<UserRolesRequest>(context.Request, cancellationToken);
        return body.Failed ? body.Problem! : ToResponse(await accounts.SetRolesAsync(userId, body.Value!.Roles ?? [], Actor.From(context), cancellationToken));
    }

    public static async Task<Results<Ok<UserResponse>, ProblemHttpResult>> Disable(string userId, HttpContext context, UserAccounts accounts, CancellationToken cancellationToken) =>
        ToResponse(await accounts.SetDisabledAsync(userId, disabled: true, Actor.From(context), cancellationToken));

    public static async Task<Results<Ok<UserResponse>, ProblemHttpResult>> Enable(string userId, HttpContext context, UserAccounts accounts, CancellationToken cancellationToken) =>
        ToResponse(await accounts.SetDisabledAsync(userId, disabled: false, Actor.From(context), cancellationToken));

    public static async Task<Results<Ok<UserResponse>, ProblemHttpResult>> ResetPassword(string userId, HttpContext context, UserAccounts accounts, CancellationToken cancellationToken)
    {
        var body = await RequestBody.ReadAsync<PasswordRequest>(context.Request, cancellationToken);
        return body.Failed ? body.Problem! : ToResponse(await accounts.ResetPasswordAsync(userId, body.Value!.Password, Actor.From(context), cancellationToken));
    }

    private static Results<Ok<UserResponse>, ProblemHttpResult> ToResponse(AccountResult<Persistence.Entities.UserRecord> result) =>
        result.Succeeded ? TypedResults.Ok(UserResponse.From(result.Value!)) : AccountProblems.From(result);
}
