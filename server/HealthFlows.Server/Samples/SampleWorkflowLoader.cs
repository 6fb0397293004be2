using System.Text.Json;
using HealthFlows.Runtime.Definitions;
using HealthFlows.Runtime.Model;
using HealthFlows.Runtime.Stores;
using HealthFlows.Server.Configuration;
using Microsoft.Extensions.Options;

namespace HealthFlows.Server.Samples;

/// <summary>Loads and publishes the sample workflows (workflows/*.json) into an empty database.</summary>
public sealed partial class SampleWorkflowLoader(
    IWorkflowDefinitionStore store,
    WorkflowDefinitionService definitions,
    IOptions<HealthFlowsOptions> options,
    IConfiguration configuration,
    ILogger<SampleWorkflowLoader> logger)
{
    public async Task LoadAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.Samples.Load || await store.AnyAsync(cancellationToken))
        {
            return;
        }

        var directory = options.Value.Samples.Directory ?? Path.Combine(AppContext.BaseDirectory, "workflows");
        if (!Directory.Exists(directory))
        {
            LogNoSamples(logger, directory);
            return;
        }

        foreach (var file in Directory.EnumerateFiles(directory, "*.json").Order(StringComparer.Ordinal))
        {
            await LoadFileAsync(file, cancellationToken);
        }
    }

    private async Task LoadFileAsync(string file, CancellationToken cancellationToken)
    {
        var (text, problems) = SamplePlaceholders.Resolve(await File.ReadAllTextAsync(file, cancellationToken), configuration);
        if (text is null)
        {
            LogBadSample(logger, Path.GetFileName(file), string.Join(" ", problems));
            return;
        }

        WorkflowDefinition model;
        try
        {
            model = WorkflowJson.Deserialize(text);
        }
        catch (JsonException ex)
        {
            LogBadSample(logger, Path.GetFileName(file), ex.Message);
            return;
        }

        var created = await definitions.CreateAsync(model, cancellationToken);
        var published = created.Succeeded ? await definitions.PublishAsync(model.DefinitionId, "Sample workflow", cancellationToken) : created;
        if (!published.Succeeded)
        {
            LogBadSample(logger, Path.GetFileName(file), published.Message ?? "unknown problem");
            return;
        }

        LogLoaded(logger, model.DefinitionId);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "No sample workflows found in {Directory}.")]
    private static partial void LogNoSamples(ILogger logger, string directory);

    [LoggerMessage(Level = LogLevel.Error, Message = "Sample workflow {File} was not loaded: {Reason}")]
    private static partial void LogBadSample(ILogger logger, string file, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Loaded and published sample workflow {DefinitionId}.")]
    private static partial void LogLoaded(ILogger logger, string definitionId);
}
