using HealthFlows.Activities.Mllp;
using HealthFlows.Hl7;
using HealthFlows.Runtime.Definitions;
using HealthFlows.Runtime.Descriptors;
using HealthFlows.Runtime.Model;
using HealthFlows.Runtime.Triggers;

namespace HealthFlows.Server.Triggers.Mllp;

/// <summary>Finds the published workflows that start with an MLLP Listener, and which port each one gets.</summary>
internal sealed partial class MllpWorkflowFinder(TriggerCatalog catalog, ActivityRegistry registry, ILogger<MllpWorkflowFinder> logger)
{
    /// <summary>
    /// The binding per port. When two workflows claim one port, the one holding it keeps it (else the first by id)
    /// and the other is reported; a listener whose settings are wrong is reported and not opened.
    /// </summary>
    public async Task<Dictionary<int, MllpBinding>> FindAsync(IReadOnlyDictionary<int, string> held, CancellationToken cancellationToken)
    {
        var snapshot = await catalog.GetSnapshotAsync(cancellationToken);
        var candidates = snapshot.OfType(MllpListener.TypeName)
            .Select(registration => Bind(registration.Version, registration.StartNode))
            .OfType<MllpBinding>()
            .ToList();

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

    private MllpBinding? Bind(WorkflowDefinitionVersion version, WorkflowNode node)
    {
        if (registry.Find(MllpListener.TypeName)?.Activity is not MllpListener activity)
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
