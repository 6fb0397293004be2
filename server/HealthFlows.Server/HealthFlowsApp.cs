using HealthFlows.Server.Apis;
using HealthFlows.Server.Apis.Http;
using HealthFlows.Server.Auditing;
using HealthFlows.Server.Configuration;
using HealthFlows.Server.Designer;
using HealthFlows.Server.Phi;
using HealthFlows.Server.Hosting;
using HealthFlows.Server.Sandbox;
using HealthFlows.Server.Security;
using HealthFlows.Server.Triggers.Http;
using Microsoft.Extensions.Options;
using Scalar.AspNetCore;

namespace HealthFlows.Server;

/// <summary>Builds the HealthFlows web application; Program.cs and the tests both start it from here.</summary>
public static class HealthFlowsApp
{
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.AddServiceDefaults();
        builder.AddHealthFlows();
        configure?.Invoke(builder);

        var app = builder.Build();
        var options = app.Services.GetRequiredService<IOptions<HealthFlowsOptions>>().Value;
        app.UseServiceDefaults();
        app.UseHealthFlowsSecurity(options);
        app.MapDefaultEndpoints();
        app.MapScalarApiReference("/scalar", scalar => scalar.WithTitle("HealthFlows API").WithOpenApiRoutePattern("/openapi/{documentName}.json"));

        // Every route also names its own policy (Security/Policies.cs); this default only keeps a route that forgot one from being anonymous.
        var api = app.MapGroup("").RequireAuthorization().AddAuditing();
        api.MapAuthApi();
        api.MapUsersApi();
        api.MapApiKeysApi();
        api.MapActivityDescriptorsApi();
        api.MapWorkflowDefinitionsApi();
        api.MapWorkflowInstancesApi().MaskPhi();
        api.MapPhiRevealApi();
        api.MapBookmarksApi();
        api.MapDeadLettersApi().MaskPhi();
        api.MapHl7Api();
        api.MapCostCentersApi();
        api.MapCostCenterMappingsApi();
        api.MapAuditApi();
        api.MapDashboardApi();
        var designer = DesignerFiles.Locate(options.DesignerPath, app.Environment.ContentRootPath);
        app.MapHostedErpSandbox(options);
        app.MapHttpTriggers(designer);
        app.MapFallback("/api/{**path}", (string path) => Problems.NotFound($"There is no API route /api/{path}.")).ExcludeFromDescription();

        app.UseDesigner(designer);
        return app;
    }

    /// <summary>Prepares the database and picks up left-over work, then serves until stopped.</summary>
    public static async Task RunAsync(WebApplication app)
    {
        await StartAsync(app, app.Lifetime.ApplicationStopping);
        foreach (var address in ListeningAddresses(app))
        {
            app.Logger.LogInformation("HealthFlows is running: open {Address} for the designer, {Address}/scalar for the API reference.", address, address);
        }

        await app.WaitForShutdownAsync();
    }

    /// <summary>
    /// Prepares the database and picks up left-over work, then starts listening; what needs the server listening (the hosted
    /// ERP sandbox's warm-up) starts in the background.
    /// </summary>
    public static async Task StartAsync(WebApplication app, CancellationToken cancellationToken)
    {
        await StartupInitializer.InitializeAsync(app.Services, cancellationToken);
        await app.StartAsync(cancellationToken);
        app.Services.GetService<Erp.ErpWarmUp>()?.Start(app.Lifetime.ApplicationStopping);
    }

    /// <summary>The addresses Kestrel really listens on (port 0 resolved).</summary>
    public static IReadOnlyList<string> ListeningAddresses(WebApplication app) =>
        [.. app.Services.GetRequiredService<Microsoft.AspNetCore.Hosting.Server.IServer>().Features
            .Get<Microsoft.AspNetCore.Hosting.Server.Features.IServerAddressesFeature>()?.Addresses ?? app.Urls];
}
