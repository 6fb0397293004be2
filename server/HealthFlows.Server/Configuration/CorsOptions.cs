namespace HealthFlows.Server.Configuration;

/// <summary><c>HealthFlows:Cors</c>: browser origins other than the server's own that may call it. None by default (closed).</summary>
public sealed class CorsOptions
{
    /// <summary>Exact origins such as <c>https://designer.example.org</c>; empty keeps cross-origin calls blocked.</summary>
    public string[] AllowedOrigins { get; set; } = [];
}
