using HealthFlows.Activities.Mllp;
using HealthFlows.Runtime.Definitions;
using HealthFlows.Runtime.Descriptors;
using HealthFlows.Runtime.Execution;
using HealthFlows.Runtime.Triggers;
using HealthFlows.Runtime.Validation;

namespace HealthFlows.Server.Triggers.Mllp;

/// <summary>Refuses to publish an MLLP Listener on a port that another published workflow already listens on.</summary>
public sealed class MllpPortPublishCheck(TriggerCatalog catalog, ActivityRegistry registry) : IPublishCheck
{
    public const string MllpPortConflict = nameof(MllpPortConflict);

    public async Task<IReadOnlyList<ValidationProblem>> CheckAsync(WorkflowDefinitionVersion candidate, CancellationToken cancellationToken)
    {
        if (StartNodeFinder.Find(candidate.Definition, registry) is not { Type: MllpListener.TypeName } start
            || registry.Find(MllpListener.TypeName)?.Activity is not MllpListener activity
            || PortOf(start, activity) is not { } port)
        {
            return [];
        }

        var snapshot = await catalog.GetSnapshotAsync(cancellationToken);
        return [.. snapshot.OfType(MllpListener.TypeName)
            .Where(other => other.DefinitionId != candidate.DefinitionId && PortOf(other.StartNode, activity) == port)
            .Select(other => new ValidationProblem(
                MllpPortConflict,
                $"Port {port} is already the MLLP port of published workflow '{other.DefinitionId}' ('{other.Version.Definition.Name}').",
                start.Id))];
    }

    // A port that is an expression or out of range is not checked here: the listener refuses it on its own (logged).
    private static int? PortOf(Runtime.Model.WorkflowNode node, MllpListener activity)
    {
        var settings = MllpListenerSettings.Read(node, activity, out var problems);
        return problems.Count == 0 ? settings.Port : null;
    }
}
