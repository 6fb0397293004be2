using HealthFlows.Activities;
using HealthFlows.Persistence;
using HealthFlows.Runtime.Definitions;
using HealthFlows.Runtime.DependencyInjection;
using HealthFlows.Runtime.Execution;
using HealthFlows.Server.Cluster;
using HealthFlows.Server.Auditing;
using HealthFlows.Server.Configuration;
using HealthFlows.Server.Dispatch;
using HealthFlows.Server.Encryption;
using HealthFlows.Server.Erp;
using HealthFlows.Server.Messages;
using HealthFlows.Server.Phi;
using HealthFlows.Server.Sandbox;
using HealthFlows.Server.Samples;
using HealthFlows.Server.Security;
using HealthFlows.Server.Timers;
using HealthFlows.Server.Triggers.Http;
using HealthFlows.Server.Triggers.Mllp;
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

        var persistence = new PersistenceOptions
        {
            Provider = options.Database.Provider,
            ConnectionString = builder.Configuration.GetConnectionString("HealthFlows"),
            DataDirectory = options.DataDirectory,
        };
        services.AddHealthFlowsPersistence(persistence);

        services.AddHealthFlowsRuntime().AddControlFlowActivities().AddHealthcareActivities().AddErpActivities().AddReliabilityActivities().AddHttpActivities().AddMllpActivities().AddTimerActivities();
        services.Configure<Runtime.Expressions.ExpressionOptions>(section.GetSection("Expressions"));
        services.Configure<ExecutionOptions>(section.GetSection("Execution"));

        services.AddSingleton<WorkflowDispatcher>();
        services.AddSingleton<AuditTargetDescriber>();
        services.AddSingleton<AuditRecorder>();
        services.AddHttpContextAccessor();
        services.AddSingleton<Security.ISecurityEventSink, AuditingSecurityEventSink>();
        services.AddOptions<PhiOptions>().Bind(builder.Configuration.GetSection(PhiOptions.SectionName))
            .Validate(o => (o.Hl7Fields ?? []).All(f => Hl7FieldRule.TryParse(f, out _)), "HealthFlows:Phi:Hl7Fields holds an entry that is not SEG-n (such as PID-5).")
            .ValidateOnStart();
        services.AddSingleton<PhiMasker>();
        services.AddHostedService<WorkflowDispatchWorker>();
        services.AddScoped<SampleWorkflowLoader>();
        services.AddScoped<SampleMasterDataLoader>();
        services.AddSingleton<HttpRouteSource>();
        services.AddSingleton<IPublishCheck, HttpRoutePublishCheck>();
        services.AddSingleton<TimerTriggerReader>();
        services.AddSingleton<TimerTriggerScheduler>();
        services.AddSingleton<IPublishCheck, TimerTriggerPublishCheck>();

        services.AddMllpTriggers(section.GetSection("Mllp"));
        services.AddOptions<HealthFlowsOptions>()
            .Validate(o => o.Messages.Retention > TimeSpan.Zero && o.Messages.PurgeInterval > TimeSpan.Zero, "HealthFlows:Messages:Retention and PurgeInterval must be positive.")
            .ValidateOnStart();
        services.AddRawMessages();

        services.AddQuartz(quartz =>
        {
            // Quartz keeps schedulers in a process-wide repository by name: a unique name keeps two hosts in one process
            // (the tests start several) from sharing one scheduler, its clock and its jobs.
            quartz.ConfigureScheduler(scheduler => scheduler.InstanceName = $"healthflows-{Guid.NewGuid():N}");
            quartz.UseInMemoryStore();
        });
        services.AddQuartzHostedService(q => q.WaitForJobsToComplete = false);
        services.AddSingleton<IBookmarkScheduler, QuartzBookmarkScheduler>();

        builder.AddHealthFlowsSecurity(options);

        services.Configure<JsonOptions>(json =>
        {
            foreach (var converter in Runtime.Model.WorkflowJson.Options.Converters)
            {
                json.SerializerOptions.Converters.Add(converter);
            }

            json.SerializerOptions.DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull;
        });
        builder.AddCluster(options, persistence);

        // After the cluster's own checks, so a misconfigured cluster hears about its provider first; the pooled context
        // factory reads the key ring when it makes its first context.
        persistence.Encryption = EncryptionKeyRing.Create(options);
        services.AddSingleton(persistence.Encryption);
        builder.AddHostedErpSandbox(options);
        builder.AddErpConnector(options);
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = Math.Max(options.MaxRequestBodyBytes, 16 * 1024 * 1024));
        return builder;
    }
}
