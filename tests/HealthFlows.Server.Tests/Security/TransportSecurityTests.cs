using System.Net;
using System.Net.Security;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using HealthFlows.Server.Tests.Support;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace HealthFlows.Server.Tests.Security;

/// <summary>
/// HSTS and the HTTPS redirect outside Development: the server on Kestrel with an HTTPS address (a certificate made here)
/// next to a plain one. HSTS leaves loopback names alone, so requests name a real-looking host.
/// </summary>
public sealed class TransportSecurityTests : IDisposable
{
    private const string HostName = "healthflows.example.org";

    private readonly string _directory = Path.Combine(Path.GetTempPath(), "healthflows-tests", Guid.NewGuid().ToString("N"));

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Production_HttpsAnswers_CarryStrictTransportSecurity()
    {
        await using var host = await StartAsync("Production");
        using var client = Client(host, out var https, out _);

        var response = await client.SendAsync(Get(https), Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("max-age=31536000; includeSubDomains", response.Headers.GetValues("Strict-Transport-Security").Single());
    }

    [Fact]
    public async Task Production_PlainHttp_IsRedirectedToHttps_WithoutHsts()
    {
        await using var host = await StartAsync("Production");
        using var client = Client(host, out var https, out var http);

        var response = await client.SendAsync(Get(http), Ct);

        Assert.Equal(HttpStatusCode.TemporaryRedirect, response.StatusCode);
        Assert.Equal($"https://{HostName}:{https.Port}/health/live", response.Headers.Location?.AbsoluteUri);
        Assert.False(response.Headers.Contains("Strict-Transport-Security"));
    }

    [Fact]
    public async Task Development_NeitherSendsHstsNorRedirects()
    {
        await using var host = await StartAsync("Development");
        using var client = Client(host, out var https, out var http);

        var secure = await client.SendAsync(Get(https), Ct);
        var plain = await client.SendAsync(Get(http), Ct);

        Assert.Equal(HttpStatusCode.OK, secure.StatusCode);
        Assert.False(secure.Headers.Contains("Strict-Transport-Security"));
        Assert.Equal(HttpStatusCode.OK, plain.StatusCode);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    private async Task<ServerHost> StartAsync(string environment)
    {
        Directory.CreateDirectory(_directory);
        var certificate = Path.Combine(_directory, "server.pfx");
        await File.WriteAllBytesAsync(certificate, SelfSignedCertificate(), Ct);
        return await ServerHost.StartAsync(Path.Combine(_directory, "data"), settings: new Dictionary<string, string?>
        {
            ["environment"] = environment,
            ["urls"] = "https://127.0.0.1:0;http://127.0.0.1:0",
            ["Kestrel:Certificates:Default:Path"] = certificate,
            ["Kestrel:Certificates:Default:Password"] = "test-certificate-password",
            // Production hosts no ERP sandbox, so the connector needs settings of its own (never called here).
            ["HealthFlows:Erp:BaseUrl"] = "https://erp.example.org/api/v2.0/",
            ["HealthFlows:Erp:TokenUrl"] = "https://login.example.org/oauth2/token",
            ["HealthFlows:Erp:ClientId"] = "healthflows",
            ["HealthFlows:Erp:ClientSecret"] = "not-a-real-secret",
            ["HealthFlows:Erp:CompanyId"] = "5d1f0c2e-7a43-4b8e-9c61-2f0e8d3a4b17",
        });
    }

    /// <summary>A client that trusts only the server's own certificate and never follows redirects.</summary>
    private static HttpClient Client(ServerHost host, out Uri https, out Uri http)
    {
        var addresses = host.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Select(a => new Uri(a)).ToList();
        https = addresses.Single(a => a.Scheme == Uri.UriSchemeHttps);
        http = addresses.Single(a => a.Scheme == Uri.UriSchemeHttp);
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            SslOptions = new SslClientAuthenticationOptions
            {
                RemoteCertificateValidationCallback = (_, certificate, _, _) => certificate?.Subject == "CN=" + HostName,
            },
        };
        return new HttpClient(handler);
    }

    private static HttpRequestMessage Get(Uri address)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, new Uri(address, "/health/live"));
        request.Headers.Host = $"{HostName}:{address.Port}";
        return request;
    }

    private static byte[] SelfSignedCertificate()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=" + HostName, key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddDnsName(HostName);
        names.AddIpAddress(IPAddress.Loopback);
        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], critical: false));
        var now = TimeProvider.System.GetUtcNow();
        using var certificate = request.CreateSelfSigned(now.AddDays(-1), now.AddDays(7));
        return certificate.Export(X509ContentType.Pfx, "test-certificate-password");
    }
}
