using HealthFlows.Erp;
using HealthFlows.Erp.Configuration;
using HealthFlows.Server.Configuration;
using HealthFlows.Server.Sandbox;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace HealthFlows.Server.Erp;

/// <summary>
/// Registers the ERP connector from <c>HealthFlows:Erp</c>. Without a configured <c>BaseUrl</c> and with the sandbox
/// hosted (the embedded default), it talks to that sandbox: its address is the server's own, its secret the generated one.
/// Otherwise every setting must be given, and the server refuses to start without them.
/// </summary>
public static class ErpConnectorHosting
{
    public const string SectionName = HealthFlowsOptions.SectionName + ":Erp";

    /// <summary>The company the sandbox seeds; fixed, see docs/erp-sandbox.md.</summary>
    public static readonly Guid SandboxCompanyId = new("5d1f0c2e-7a43-4b8e-9c61-2f0e8d3a4b17");

    public static WebApplicationBuilder AddErpConnector(this WebApplicationBuilder builder, HealthFlowsOptions options)
    {
        var section = builder.Configuration.GetSection(SectionName);
        var erp = builder.Services.AddErpConnector().Bind(section);
        if (!string.IsNullOrWhiteSpace(section["BaseUrl"]) || !options.ErpSandbox.Enabled)
        {
            erp.ValidateOnStart();
            return builder;
        }

        builder.Services.AddSingleton<ErpWarmUp>();
        // Read now: AddHostedErpSandbox has put the generated secret into the configuration.
        var clientId = options.ErpSandbox.ClientId;
        var clientSecret = builder.Configuration[$"{HealthFlowsOptions.SectionName}:ErpSandbox:ClientSecret"] ?? "";
        // Resolved on first use, after Kestrel has bound its port (0 in tests).
        erp.PostConfigure<IServer>((settings, server) =>
        {
            var root = new Uri(SelfAddress(server), ErpSandboxHosting.Prefix + "/");
            settings.BaseUrl ??= new Uri(root, "api/v2.0/");
            settings.TokenUrl ??= new Uri(root, "oauth2/token");
            settings.ClientId = string.IsNullOrEmpty(settings.ClientId) ? clientId : settings.ClientId;
            settings.ClientSecret = string.IsNullOrEmpty(settings.ClientSecret) ? clientSecret : settings.ClientSecret;
            settings.CompanyId = settings.CompanyId == Guid.Empty ? SandboxCompanyId : settings.CompanyId;
        });
        return builder;
    }

    /// <summary>An address this process can call itself on: plain HTTP preferred, wildcard hosts made localhost.</summary>
    private static Uri SelfAddress(IServer server)
    {
        var addresses = server.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        var address = addresses.FirstOrDefault(a => a.StartsWith("http://", StringComparison.OrdinalIgnoreCase)) ?? addresses.FirstOrDefault()
            ?? throw new OptionsValidationException(nameof(ErpOptions), typeof(ErpOptions),
                ["The ERP connector defaults to the hosted sandbox, whose address is known only once the server listens."]);
        foreach (var wildcard in new[] { "://+:", "://*:", "://[::]:", "://0.0.0.0:" })
            address = address.Replace(wildcard, "://localhost:", StringComparison.Ordinal);
        return new Uri(address.TrimEnd('/') + "/");
    }
}
