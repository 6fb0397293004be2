namespace HealthFlows.Erp.Configuration;

/// <summary>Where the ERP is and how to sign in (docs/erp-connector.md lists every key with its default).</summary>
public sealed class ErpOptions
{
    /// <summary>Business Central's scope for the client-credentials grant.</summary>
    public const string BusinessCentralScope = "https://api.businesscentral.dynamics.com/.default";

    /// <summary>The API v2.0 root, e.g. <c>https://api.businesscentral.dynamics.com/v2.0/{tenant}/{environment}/api/v2.0/</c>. Required.</summary>
    public Uri? BaseUrl { get; set; }

    /// <summary>The OAuth2 token endpoint, e.g. <c>https://login.microsoftonline.com/{tenant}/oauth2/v2.0/token</c>. Required.</summary>
    public Uri? TokenUrl { get; set; }

    /// <summary>The app registration's client id. Required.</summary>
    public string ClientId { get; set; } = "";

    /// <summary>The app registration's client secret, from the environment or a secret store. Required.</summary>
    public string ClientSecret { get; set; } = "";

    /// <summary>The company invoices are posted to (its id in <c>companies</c>). Required.</summary>
    public Guid CompanyId { get; set; }

    /// <summary>The scope asked for. Default Business Central's <c>.default</c> scope.</summary>
    public string Scope { get; set; } = BusinessCentralScope;

    /// <summary>The dimension a line's cost center is booked to. Default <c>COSTCENTER</c>.</summary>
    public string CostCenterDimension { get; set; } = "COSTCENTER";

    /// <summary>The G/L account a line without an item number books to (line type Account). Default <c>40100</c>.</summary>
    public string RevenueAccountNumber { get; set; } = "40100";

    /// <summary>A token is replaced this long before it expires (at most half its lifetime). Default 5 minutes.</summary>
    public TimeSpan TokenRefreshMargin { get; set; } = TimeSpan.FromMinutes(5);

    public ErpResilienceOptions Resilience { get; set; } = new();
}
