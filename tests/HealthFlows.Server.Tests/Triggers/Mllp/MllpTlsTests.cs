using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using HealthFlows.Server.Tests.Support;
using HealthFlows.Testing;
using static HealthFlows.Server.Tests.Triggers.Mllp.MllpMessages;

namespace HealthFlows.Server.Tests.Triggers.Mllp;

/// <summary>A listener with TLS on, over a certificate file from configuration (made here, self-signed).</summary>
public sealed class MllpTlsTests : IAsyncLifetime
{
    private const string Password = "pfx-test-password";
    private readonly TempDirectory _files = new();
    private ServerHost _host = null!;

    public async ValueTask InitializeAsync()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=localhost", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2099, 1, 1, 0, 0, 0, TimeSpan.Zero));
        var path = _files.Combine("mllp.pfx");
        await File.WriteAllBytesAsync(path, certificate.Export(X509ContentType.Pfx, Password));
        _host = await ServerHost.StartAsync(_files.Combine("data"), settings: new Dictionary<string, string?>
        {
            ["HealthFlows:Mllp:TlsCertificatePath"] = path,
            ["HealthFlows:Mllp:TlsCertificatePassword"] = Password,
        });
    }

    [Fact]
    public async Task Listener_WithTls_AnswersOverTheEncryptedConnection()
    {
        var port = FreePorts.Next();
        await _host.Client.PublishAsync(MllpWorkflows.Parsing("mllp-tls", port, ("useTls", true)));
        await using var client = await MllpTestClient.ConnectAsync(port, tls: true);

        var ack = await client.ExchangeAsync(Adt("A01", "TLS-1"));

        Assert.Equal(("AA", "TLS-1"), (ack.GetValue("MSA-1"), ack.GetValue("MSA-2")));
    }

    [Fact]
    public async Task Listener_WithTls_RefusesAPlainTextClient()
    {
        var port = FreePorts.Next();
        await _host.Client.PublishAsync(MllpWorkflows.Parsing("mllp-tls-only", port, ("useTls", true)));
        await using var client = await MllpTestClient.ConnectAsync(port);

        await client.SendAsync(Adt("A01", "TLS-2"));

        Assert.True(await client.IsClosedByServerAsync());
        Assert.Empty(await _host.Client.ForControlIdAsync("TLS-2"));
    }

    public async ValueTask DisposeAsync()
    {
        await _host.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _files.Dispose();
    }
}
