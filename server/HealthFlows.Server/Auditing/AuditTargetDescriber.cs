using System.Text.Json;
using HealthFlows.Runtime.Auditing;
using HealthFlows.Runtime.DeadLetters;
using HealthFlows.Runtime.Definitions;
using HealthFlows.Runtime.MasterData;
using HealthFlows.Runtime.Stores;
using HealthFlows.Server.Apis.Http;

namespace HealthFlows.Server.Auditing;

/// <summary>
/// The state of an audit target in a few fields — versions, states, revisions, master data values — for the before/after
/// summary. It reads only configuration and statuses, never payloads, so no summary can carry patient data.
/// </summary>
public sealed class AuditTargetDescriber(
    IWorkflowDefinitionStore definitions,
    IWorkflowInstanceStore instances,
    IDeadLetterStore deadLetters,
    ICostCenterStore costCenters)
{
    /// <summary>The target's state now, or null when it does not exist or its type has no description.</summary>
    public async Task<object?> DescribeAsync(string targetType, string? id, CancellationToken cancellationToken)
    {
        if (id is null)
        {
            return null;
        }

        return targetType switch
        {
            AuditTargetTypes.WorkflowDefinition => DescribeDefinition(await definitions.GetVersionsAsync(id, cancellationToken)),
            AuditTargetTypes.WorkflowInstance => await instances.FindAsync(id, cancellationToken) is { } i
                ? new { status = Camel(i.Status.ToString()), subStatus = Camel(i.SubStatus.ToString()), i.Version, i.IncidentCount }
                : null,
            AuditTargetTypes.DeadLetter => await deadLetters.FindAsync(id, cancellationToken) is { } d
                ? new { status = Camel(d.Status.ToString()), d.InstanceId, d.DefinitionId, d.DefinitionVersion }
                : null,
            AuditTargetTypes.CostCenter => await costCenters.GetCostCenterAsync(id, cancellationToken) is { } c
                ? new { c.Name, c.Active, c.EffectiveFrom, c.EffectiveTo, c.ErpId, c.Revision }
                : null,
            AuditTargetTypes.CostCenterMapping => await DescribeMappingAsync(id, cancellationToken),
            _ => null,
        };
    }

    private static object? DescribeDefinition(IReadOnlyList<WorkflowDefinitionVersion> versions) => versions.Count == 0 ? null : new
    {
        latestVersion = versions[^1].Version,
        state = Camel(versions[^1].State.ToString()),
        revision = versions[^1].Revision,
        publishedVersion = versions.LastOrDefault(v => v.State == VersionState.Published)?.Version,
        nodeCount = versions[^1].Definition.Nodes.Count,
    };

    private async Task<object?> DescribeMappingAsync(string id, CancellationToken cancellationToken)
    {
        var parts = id.Split('/', 2);
        if (parts.Length != 2 || !SourceKinds.TryParse(parts[0], out var kind))
        {
            return null;
        }

        return await costCenters.GetMappingAsync(kind, parts[1], cancellationToken) is { } m ? new { m.CostCenterCode, m.Revision } : null;
    }

    private static string Camel(string name) => JsonNamingPolicy.CamelCase.ConvertName(name);
}
