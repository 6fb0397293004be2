namespace HealthFlows.Server.Configuration;

/// <summary><c>HealthFlows:Https</c>: transport security outside Development (Development never redirects nor sends HSTS).</summary>
public sealed class HttpsOptions
{
    /// <summary>Redirect plain HTTP requests to HTTPS when the server has an HTTPS address. Default true.</summary>
    public bool RedirectHttp { get; set; } = true;

    /// <summary>Send Strict-Transport-Security on HTTPS responses. Default true.</summary>
    public bool Hsts { get; set; } = true;

    /// <summary>The HSTS max-age. Default 365 days.</summary>
    public TimeSpan HstsMaxAge { get; set; } = TimeSpan.FromDays(365);
}
