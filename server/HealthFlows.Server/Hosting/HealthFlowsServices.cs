using HealthFlows.Activities;
using HealthFlows.Persistence;
using HealthFlows.Runtime.Definitions;
using HealthFlows.Runtime.DependencyInjection;
using HealthFlows.Runtime.Execution;
using HealthFlows.Server.Configuration;
using HealthFlows.Server.Dispatch;
using HealthFlows.Server.Erp;
using HealthFlows.Server.Sandbox;
using HealthFlows.Server.Samples;
using HealthFlows.Server.Security;
using HealthFlows.Server.Timers;
using HealthFlows.Server.Triggers.Http;
using HealthFlows.Server.Triggers.Timers;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http.Json;
using Quartz;

namespace HealthFlows.Server.Hosting;

/// <summary>Composes the engine, persistence, activities, security and background work into the host.</summary>
public static class HealthFlowsServices
{
    public static WebApplicationBuilder AddHealthFlows(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var section = builder.Configuration.GetSection(HealthFlowsOptions.SectionName);
        services.Configure<HealthFlowsOptions>(section);
        var options = section.Get<HealthFlowsOptions>() ?? new HealthFlowsOptions();

        services.AddHealthFlowsPersistence(new PersistenceOptions
        {
            Provider = options.Database.Provider,
            ConnectionString = builder.Configuration.GetConnectionString("HealthFlows"),
            DataDirectory = options.DataDirectory,
        });

        services.AddHealthFlowsRuntime().AddControlFlowActivities().AddHealthcareActivities().AddErpActivities().AddReliabilityActivities().AddHttpActivities().AddTimerActivities();
        services.Configure<Runtime.Expressions.ExpressionOptions>(section.GetSection("Expressions"));
        services.Configure<ExecutionOptions>(section.GetSection("Execution"));

        services.AddSingleton<WorkflowDispatcher>();
        services.AddHostedService<WorkflowDispatchWorker>();
        services.AddScoped<SampleWorkflowLoader>();
        services.AddScoped<SampleMasterDataLoader>();
        services.AddScoped<AdminKeyBootstrapper>();
        services.AddSingleton<ApiKeyCache>();
        services.AddSingleton<HttpRouteSource>();
        services.AddSingleton<IPublishCheck, HttpRoutePublishCheck>();
        services.AddSingleton<TimerTriggerReader>();
        services.AddSingleton<TimerTriggerScheduler>();
        services.AddSingleton<IPublishCheck, TimerTriggerPublishCheck>();

        services.AddQuartz(quartz =>
        {
            // Quartz keeps schedulers in a process-wide repository by name: a unique name keeps two hosts in one process
            // (the tests start several) from sharing one scheduler, its clock and its jobs.
            quartz.ConfigureScheduler(scheduler => scheduler.InstanceName = $"healthflows-{Guid.NewGuid():N}");
            quartz.UseInMemoryStore();
        });
        services.AddQuartzHostedService(q => q.WaitForJobsToComplete = false);
        services.AddSingleton<IBookmarkScheduler, QuartzBookmarkScheduler>();

        services.AddAuthentication(ApiKeyDefaults.Scheme)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyDefaults.Scheme, null);
        services.AddAuthorization();

        services.Configure<JsonOptions>(json =>
        {
            foreach (var converter in Runtime.Model.WorkflowJson.Options.Converters)
            {
                json.SerializerOptions.Converters.Add(converter);
            }

            json.SerializerOptions.DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull;
        });
        builder.AddHostedErpSandbox(options);
        builder.AddErpConnector(options);
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = Math.Max(options.MaxRequestBodyBytes, 16 * 1024 * 1024));
        return builder;
    }
}
