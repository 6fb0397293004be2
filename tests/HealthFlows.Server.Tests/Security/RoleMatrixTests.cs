using System.Net;
using System.Security.Claims;
using System.Text;
using HealthFlows.Server.Security;
using HealthFlows.Server.Tests.Support;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace HealthFlows.Server.Tests.Security;

/// <summary>
/// Walks every operation of the OpenAPI document with every role, with no credentials and with wrong ones, against
/// the expected table below. An operation missing from the table fails: a new endpoint needs a decision.
/// </summary>
public sealed class RoleMatrixTests(RoleMatrixFixture fixture) : IClassFixture<RoleMatrixFixture>
{
    private const string Anyone = "anyone";

    private static readonly string[] SignedIn = [.. Roles.All];
    private static readonly string[] Read = [Roles.Viewer, Roles.Analyst, Roles.Publisher, Roles.Operator, Roles.Admin];
    private static readonly string[] EditDrafts = [Roles.Analyst, Roles.Admin];
    private static readonly string[] Execute = [Roles.Analyst, Roles.Operator, Roles.Admin];
    private static readonly string[] Publish = [Roles.Publisher, Roles.Admin];
    private static readonly string[] Operate = [Roles.Operator, Roles.Admin];
    private static readonly string[] Admin = [Roles.Admin];

    /// <summary>Who may call each operation; every other role is refused with 403, no or wrong credentials with 401.</summary>
    private static readonly Dictionary<string, string[]> Expected = new(StringComparer.Ordinal)
    {
        ["SignIn"] = [Anyone],
        ["GetCurrentUser"] = SignedIn,
        ["ListUsers"] = Admin,
        ["CreateUser"] = Admin,
        ["GetUser"] = Admin,
        ["SetUserRoles"] = Admin,
        ["DisableUser"] = Admin,
        ["EnableUser"] = Admin,
        ["ResetUserPassword"] = Admin,
        ["ListApiKeys"] = Admin,
        ["ListAuditEntries"] = Admin,
        ["VerifyAuditTrail"] = Admin,
        ["GetDashboard"] = Read,
        ["RevealWorkflowInstance"] = [Roles.PhiViewer, Roles.Admin],
        ["RevealJournalEntry"] = [Roles.PhiViewer, Roles.Admin],
        ["RevealRawMessages"] = [Roles.PhiViewer, Roles.Admin],
        ["CreateApiKey"] = Admin,
        ["RevokeApiKey"] = Admin,
        ["ListActivityDescriptors"] = Read,
        ["ListWorkflowDefinitions"] = Read,
        ["GetWorkflowDefinition"] = Read,
        ["ListWorkflowDefinitionVersions"] = Read,
        ["GetWorkflowDefinitionVersion"] = Read,
        ["ExportWorkflowDefinition"] = Read,
        ["ValidateWorkflowDefinition"] = Read,
        ["CreateWorkflowDefinition"] = EditDrafts,
        ["ImportWorkflowDefinition"] = EditDrafts,
        ["SaveWorkflowDefinition"] = EditDrafts,
        ["ExecuteWorkflowDefinition"] = Execute,
        ["PublishWorkflowDefinition"] = Publish,
        ["RetractWorkflowDefinition"] = Publish,
        ["RevertWorkflowDefinition"] = Publish,
        ["DeleteWorkflowDefinition"] = Publish,
        ["ListWorkflowInstances"] = Read,
        ["GetWorkflowInstance"] = Read,
        ["CancelWorkflowInstance"] = Operate,
        ["RetryWorkflowInstance"] = Operate,
        ["DeleteWorkflowInstance"] = Operate,
        ["ResumeBookmark"] = Operate,
        ["ListDeadLetters"] = Read,
        ["GetDeadLetter"] = Read,
        ["ReplayDeadLetter"] = Operate,
        ["DiscardDeadLetter"] = Operate,
        ["ParseHl7Message"] = Read,
        ["ListCostCenters"] = Read,
        ["GetCostCenter"] = Read,
        ["CreateCostCenter"] = Operate,
        ["UpdateCostCenter"] = Operate,
        ["DeleteCostCenter"] = Operate,
        ["ImportCostCenters"] = Operate,
        ["ListCostCenterMappings"] = Read,
        ["GetCostCenterMapping"] = Read,
        ["CreateCostCenterMapping"] = Operate,
        ["UpdateCostCenterMapping"] = Operate,
        ["DeleteCostCenterMapping"] = Operate,
        ["ImportCostCenterMappings"] = Operate,
    };

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("apiKey")]
    [InlineData("bearer")]
    public async Task EveryOperation_EveryRole_IsAllowedOrDeniedAsTheTableSays(string credential)
    {
        var operations = await OperationsAsync();
        var failures = new List<string>();

        foreach (var (operationId, method, url) in operations)
        {
            if (!Expected.TryGetValue(operationId, out var allowed))
            {
                failures.Add($"{operationId} ({method} {url}) has no entry in the role matrix: decide who may call it.");
                continue;
            }

            foreach (var role in Roles.All)
            {
                using var client = credential == "apiKey" ? fixture.Host.CreateClient(fixture.KeysByRole[role]) : fixture.Host.CreateBearerClient(fixture.TokensByRole[role]);
                var status = await SendAsync(client, method, url);
                var mayCall = allowed.Contains(Anyone) || allowed.Contains(role);
                if (mayCall ? status is 401 or 403 : status != 403)
                {
                    failures.Add($"{operationId} ({method} {url}) as {role}: expected {(mayCall ? "allowed" : "403")}, got {status}.");
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
        Assert.True(operations.Count >= Expected.Count, $"The document lists {operations.Count} operations; the table has {Expected.Count}.");
    }

    [Theory]
    [InlineData("none")]
    [InlineData("wrongKey")]
    [InlineData("malformedBearer")]
    [InlineData("forgedBearer")]
    public async Task EveryOperation_NoOrWrongCredentials_AnswersAProblem401UnlessAnonymous(string credential)
    {
        using var client = credential switch
        {
            "none" => fixture.Host.CreateClient(apiKey: null),
            "wrongKey" => fixture.Host.CreateClient("hf_not-a-key-of-this-server"),
            "malformedBearer" => fixture.Host.CreateBearerClient("not.a.token"),
            _ => fixture.Host.CreateBearerClient(ForgedAdminToken()),
        };
        var failures = new List<string>();

        foreach (var (operationId, method, url) in await OperationsAsync())
        {
            using var request = new HttpRequestMessage(new HttpMethod(method), url);
            var response = await client.SendAsync(request, Ct);
            var anonymous = Expected.TryGetValue(operationId, out var allowed) && allowed.Contains(Anyone);
            if (anonymous ? response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden : response.StatusCode != HttpStatusCode.Unauthorized)
            {
                failures.Add($"{operationId} ({method} {url}): got {(int)response.StatusCode}.");
            }
            else if (!anonymous && response.Content.Headers.ContentType?.MediaType != "application/problem+json")
            {
                failures.Add($"{operationId} ({method} {url}): the 401 is not problem+json.");
            }
        }

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    [Fact]
    public void EveryApiEndpoint_NamesAPolicyOrAllowsAnonymous()
    {
        var endpoints = fixture.Host.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api/", StringComparison.Ordinal) == true && e.RoutePattern.RawText != "/api/{**path}")
            .ToList();

        var unprotected = endpoints
            .Where(e => e.Metadata.GetMetadata<IAllowAnonymous>() is null && !e.Metadata.GetOrderedMetadata<IAuthorizeData>().Any(a => a.Policy is not null))
            .Select(e => e.DisplayName)
            .ToList();

        Assert.True(endpoints.Count >= Expected.Count, $"Only {endpoints.Count} /api endpoints found.");
        Assert.True(unprotected.Count == 0, "Without a named policy: " + string.Join(", ", unprotected));
    }

    private async Task<List<(string OperationId, string Method, string Url)>> OperationsAsync()
    {
        using var anonymous = fixture.Host.CreateClient(apiKey: null);
        var document = await (await anonymous.GetAsync("/openapi/v1.json", Ct)).ShouldBeOkAsync();
        var operations = new List<(string, string, string)>();
        foreach (var path in document.GetProperty("paths").EnumerateObject())
        {
            var url = path.Name.Replace("{version}", "1", StringComparison.Ordinal).Replace("{", "x", StringComparison.Ordinal).Replace("}", "", StringComparison.Ordinal);
            foreach (var operation in path.Value.EnumerateObject())
            {
                operations.Add((operation.Value.GetProperty("operationId").GetString()!, operation.Name.ToUpperInvariant(), url));
            }
        }

        return operations;
    }

    private static async Task<int> SendAsync(HttpClient client, string method, string url)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), url);
        using var response = await client.SendAsync(request, Ct);
        return (int)response.StatusCode;
    }

    // Right issuer, audience and claims, but signed with a key this server never had.
    private static string ForgedAdminToken() => new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
    {
        Issuer = AuthSchemes.LocalIssuer,
        Audience = AuthSchemes.LocalAudience,
        Subject = new ClaimsIdentity([new Claim("sub", "someone"), new Claim("role", Roles.Admin)]),
        Expires = new DateTime(2100, 1, 1, 0, 0, 0, DateTimeKind.Utc),
        SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(Encoding.UTF8.GetBytes("a-key-this-server-never-had-0123456789")), SecurityAlgorithms.HmacSha256),
    });
}
