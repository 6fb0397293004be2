using System.Text;
using HealthFlows.Server.Security;
using Microsoft.AspNetCore.Http;

namespace HealthFlows.Server.Tests.Security;

public sealed class SchemeSelectorTests
{
    [Fact]
    public void Select_OpaqueBearerToken_PicksOurBearerScheme()
    {
        // The ERP sandbox's token shape: expiry.nonce.signature, three dot-separated parts but no JSON header.
        var context = WithBearer("1764100000.9F86D081884C7D659A2FEAA0C55AD015.c2lnbmF0dXJl");

        Assert.Equal(AuthSchemes.LocalBearer, SchemeSelector.Select(context, externalConfigured: true));
    }

    [Fact]
    public void Select_JwtFromAnotherIssuer_PicksTheExternalScheme()
    {
        var context = WithBearer($"{Segment("{\"alg\":\"none\",\"typ\":\"JWT\"}")}.{Segment("{\"iss\":\"https://login.example\"}")}.");

        Assert.Equal(AuthSchemes.ExternalBearer, SchemeSelector.Select(context, externalConfigured: true));
    }

    private static DefaultHttpContext WithBearer(string token)
    {
        var context = new DefaultHttpContext();
        context.Request.Headers.Authorization = $"Bearer {token}";
        return context;
    }

    private static string Segment(string json) => Convert.ToBase64String(Encoding.UTF8.GetBytes(json)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
