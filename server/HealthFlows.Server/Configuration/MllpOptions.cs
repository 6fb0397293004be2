namespace HealthFlows.Server.Configuration;

/// <summary><c>HealthFlows:Mllp</c>: where MLLP listeners bind and the certificate of those that use TLS.</summary>
public sealed class MllpOptions
{
    /// <summary>The local address listeners bind to. Default <c>0.0.0.0</c> (every IPv4 interface).</summary>
    public string BindAddress { get; set; } = "0.0.0.0";

    /// <summary>A PKCS#12 (.pfx) file with the server certificate and key, for listeners with TLS on.</summary>
    public string? TlsCertificatePath { get; set; }

    /// <summary>The password of <see cref="TlsCertificatePath"/>; from the environment or a secret store.</summary>
    public string? TlsCertificatePassword { get; set; }
}
