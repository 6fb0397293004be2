using System.Security.Cryptography;
using HealthFlows.ErpSandbox;
using HealthFlows.Server.Configuration;

namespace HealthFlows.Server.Sandbox;

/// <summary>Mounts the ERP sandbox in the server for the embedded default, so the samples have an ERP to post to.</summary>
public static class ErpSandboxHosting
{
    public const string Prefix = "/sandbox/erp";

    public static WebApplicationBuilder AddHostedErpSandbox(this WebApplicationBuilder builder, HealthFlowsOptions options)
    {
        if (!options.ErpSandbox.Enabled)
        {
            return builder;
        }

        var secret = options.ErpSandbox.ClientSecret;
        if (string.IsNullOrWhiteSpace(secret))
        {
            secret = LocalSecret(options.DataDirectory);
            builder.Configuration[$"{HealthFlowsOptions.SectionName}:ErpSandbox:ClientSecret"] = secret;
        }

        builder.Services.AddErpSandbox(sandbox =>
        {
            sandbox.DatabasePath = Path.GetFullPath(Path.Combine(options.DataDirectory, "erp-sandbox.db"));
            sandbox.ClientId = options.ErpSandbox.ClientId;
            sandbox.ClientSecret = secret;
        });
        return builder;
    }

    public static WebApplication MapHostedErpSandbox(this WebApplication app, HealthFlowsOptions options)
    {
        if (options.ErpSandbox.Enabled)
        {
            app.MapErpSandbox(Prefix).ExcludeFromDescription();
        }

        return app;
    }

    // The sandbox is a local stand-in, but its secret still stays out of the repository: one per data directory.
    private static string LocalSecret(string dataDirectory)
    {
        var file = Path.Combine(dataDirectory, "erp-sandbox.secret");
        if (File.Exists(file))
        {
            return File.ReadAllText(file).Trim();
        }

        Directory.CreateDirectory(dataDirectory);
        var secret = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24));
        File.WriteAllText(file, secret);
        return secret;
    }
}
