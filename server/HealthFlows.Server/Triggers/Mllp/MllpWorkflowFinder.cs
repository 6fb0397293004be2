using HealthFlows.Activities.Mllp;
using HealthFlows.Hl7;
using HealthFlows.Runtime.Definitions;
using HealthFlows.Runtime.Descriptors;
using HealthFlows.Runtime.Execution;
using HealthFlows.Runtime.Stores;

namespace HealthFlows.Server.Triggers.Mllp;

/// <summary>Finds the published workflows that start with an MLLP Listener, and which port each one gets.</summary>
internal sealed partial class MllpWorkflowFinder(IServiceScopeFactory scopes, IWorkflowDefinitionStore store, ActivityRegistry registry, ILogger<MllpWorkflowFinder> logger)
{
    private const int PageSize = 200;

    /// <summary>
    /// The binding per port. When two workflows claim one port, the one holding it keeps it (else the first by id)
    /// and the other is reported; a listener whose settings are wrong is reported and not opened.
    /// </summary>
    public async Task<Dictionary<int, MllpBinding>> FindAsync(IReadOnlyDictionary<int, string> held, CancellationToken cancellationToken)
    {
        var candidates = new List<MllpBinding>();
        await using var scope = scopes.CreateAsyncScope();
        var definitions = scope.ServiceProvider.GetRequiredService<WorkflowDefinitionService>();
        foreach (var definitionId in await PublishedIdsAsync(cancellationToken))
        {
            if (await definitions.GetPublishedAsync(definitionId, cancellationToken) is { } version && Bind(version) is { } binding)
            {
                candidates.Add(binding);
            }
        }

        var wanted = new Dictionary<int, MllpBinding>();
        foreach (var group in candidates.GroupBy(c => c.Settings.Port))
        {
            var ordered = group.OrderBy(c => held.GetValueOrDefault(group.Key) == c.DefinitionId ? 0 : 1).ThenBy(c => c.DefinitionId, StringComparer.Ordinal).ToList();
            wanted[group.Key] = ordered[0];
            foreach (var loser in ordered.Skip(1))
            {
                LogPortClaimed(logger, group.Key, loser.DefinitionId, ordered[0].DefinitionId);
            }
        }

        return wanted;
    }

    private async Task<List<string>> PublishedIdsAsync(CancellationToken cancellationToken)
    {
        var ids = new List<string>();
        for (var page = 1; ; page++)
        {
            var result = await store.ListAsync(new DefinitionQuery(Status: "published", Sort: "name", Page: page, PageSize: PageSize), cancellationToken);
            ids.AddRange(result.Items.Select(i => i.DefinitionId));
            if (result.Items.Count < PageSize || ids.Count >= result.TotalCount)
            {
                return ids;
            }
        }
    }

    private MllpBinding? Bind(WorkflowDefinitionVersion version)
    {
        if (StartNodeFinder.Find(version.Definition, registry) is not { Type: MllpListener.TypeName } node
            || registry.Find(MllpListener.TypeName)?.Activity is not MllpListener activity)
        {
            return null;
        }

        var settings = MllpListenerSettings.Read(node, activity, out var problems);
        SourceAddressFilter.Parse(settings.AllowedSources, out var sourceProblems);
        problems.AddRange(sourceProblems);
        if (!Hl7Charsets.TryGetEncoding(settings.DefaultCharset, Hl7Charsets.Utf8, out var encoding))
        {
            problems.Add($"'defaultCharset' {settings.DefaultCharset} is not a character set the HL7 toolkit reads.");
        }

        if (problems.Count > 0)
        {
            LogBadSettings(logger, version.DefinitionId, string.Join(" ", problems));
            return null;
        }

        var parse = new Hl7ParseOptions { DefaultEncoding = encoding, MaxLength = settings.MaxMessageBytes };
        return new MllpBinding(version, settings, parse);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "MLLP port {Port} is claimed by workflow {DefinitionId} too; it stays with {Holder}.")]
    private static partial void LogPortClaimed(ILogger logger, int port, string definitionId, string holder);

    [LoggerMessage(Level = LogLevel.Error, Message = "The MLLP listener of workflow {DefinitionId} is not opened: {Problems}")]
    private static partial void LogBadSettings(ILogger logger, string definitionId, string problems);
}
