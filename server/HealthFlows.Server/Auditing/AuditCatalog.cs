using HealthFlows.Runtime.Auditing;
using HealthFlows.Runtime.MasterData;
using HealthFlows.Server.Apis.Contracts;
using HealthFlows.Server.Apis.Http;

namespace HealthFlows.Server.Auditing;

/// <summary>
/// Every mutating API operation, by operation id (<c>WithName</c>), and how it is audited; or why it is not. One table rather
/// than a call in each handler, so nothing is forgotten and handlers stay untouched: <see cref="AuditEndpointFilter"/> reads it,
/// and a test fails when an operation of the OpenAPI document that changes something is in neither list.
/// </summary>
public static class AuditCatalog
{
    public static IReadOnlyDictionary<string, AuditedOperation> Operations { get; } = new Dictionary<string, AuditedOperation>(StringComparer.Ordinal)
    {
        ["CreateWorkflowDefinition"] = new(AuditActions.DefinitionCreated, AuditTargetTypes.WorkflowDefinition, TargetIdFromResult: DefinitionId),
        ["ImportWorkflowDefinition"] = new(AuditActions.DefinitionImported, AuditTargetTypes.WorkflowDefinition, TargetIdFromResult: DefinitionId),
        ["SaveWorkflowDefinition"] = new(AuditActions.DefinitionSaved, AuditTargetTypes.WorkflowDefinition, Route("definitionId")),
        ["PublishWorkflowDefinition"] = new(AuditActions.DefinitionPublished, AuditTargetTypes.WorkflowDefinition, Route("definitionId")),
        ["RetractWorkflowDefinition"] = new(AuditActions.DefinitionRetracted, AuditTargetTypes.WorkflowDefinition, Route("definitionId")),
        ["RevertWorkflowDefinition"] = new(AuditActions.DefinitionReverted, AuditTargetTypes.WorkflowDefinition, Route("definitionId")),
        ["DeleteWorkflowDefinition"] = new(AuditActions.DefinitionDeleted, AuditTargetTypes.WorkflowDefinition, Route("definitionId")),
        ["CancelWorkflowInstance"] = new(AuditActions.InstanceCancelled, AuditTargetTypes.WorkflowInstance, Route("instanceId")),
        ["RetryWorkflowInstance"] = new(AuditActions.InstanceRetried, AuditTargetTypes.WorkflowInstance, Route("instanceId")),
        ["DeleteWorkflowInstance"] = new(AuditActions.InstanceDeleted, AuditTargetTypes.WorkflowInstance, Route("instanceId")),
        ["RevealWorkflowInstance"] = new(AuditActions.PhiRevealed, AuditTargetTypes.WorkflowInstance, Route("instanceId")),
        ["RevealJournalEntry"] = new(AuditActions.PhiRevealed, AuditTargetTypes.JournalEntry, r => $"{r["instanceId"]}/{r["sequence"]}"),
        ["RevealRawMessages"] = new(AuditActions.PhiRevealed, AuditTargetTypes.RawMessages, Route("instanceId")),
        ["ReplayDeadLetter"] = new(AuditActions.DeadLetterReplayed, AuditTargetTypes.DeadLetter, Route("deadLetterId")),
        ["DiscardDeadLetter"] = new(AuditActions.DeadLetterDiscarded, AuditTargetTypes.DeadLetter, Route("deadLetterId")),
        ["CreateCostCenter"] = new(AuditActions.CostCenterCreated, AuditTargetTypes.CostCenter, TargetIdFromResult: v => (v as CostCenter)?.Code),
        ["UpdateCostCenter"] = new(AuditActions.CostCenterUpdated, AuditTargetTypes.CostCenter, CostCenterCode),
        ["DeleteCostCenter"] = new(AuditActions.CostCenterDeleted, AuditTargetTypes.CostCenter, CostCenterCode),
        ["ImportCostCenters"] = new(AuditActions.CostCentersImported, AuditTargetTypes.CostCenter),
        ["CreateCostCenterMapping"] = new(AuditActions.MappingCreated, AuditTargetTypes.CostCenterMapping,
            TargetIdFromResult: v => v is CostCenterMapping m ? MappingId(m.Kind, m.SourceCode) : null),
        ["UpdateCostCenterMapping"] = new(AuditActions.MappingUpdated, AuditTargetTypes.CostCenterMapping, MappingRoute),
        ["DeleteCostCenterMapping"] = new(AuditActions.MappingDeleted, AuditTargetTypes.CostCenterMapping, MappingRoute),
        ["ImportCostCenterMappings"] = new(AuditActions.MappingsImported, AuditTargetTypes.CostCenterMapping),
    };

    private const string SecurityEvents = "audited by the security services themselves (AuditingSecurityEventSink), sign-in failures included";

    /// <summary>Operations the endpoint filter does not audit, with the reason: they change nothing, or are audited elsewhere.</summary>
    public static IReadOnlyDictionary<string, string> NotAudited { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["ValidateWorkflowDefinition"] = "reads only: validates the posted document and stores nothing",
        ["ParseHl7Message"] = "reads only: parses the posted message and stores nothing",
        ["ExecuteWorkflowDefinition"] = "runs a workflow (data plane): the instance and its journal are the record",
        ["ResumeBookmark"] = "continues a workflow (data plane): the instance and its journal are the record",
        ["SignIn"] = SecurityEvents,
        ["CreateUser"] = SecurityEvents,
        ["SetUserRoles"] = SecurityEvents,
        ["DisableUser"] = SecurityEvents,
        ["EnableUser"] = SecurityEvents,
        ["ResetUserPassword"] = SecurityEvents,
        ["CreateApiKey"] = SecurityEvents,
        ["RevokeApiKey"] = SecurityEvents,
    };

    /// <summary>The id a mapping is audited under: its kind and upper-cased source code.</summary>
    public static string MappingId(CostCenterSourceKind kind, string sourceCode) => $"{kind}/{MasterDataRules.NormalizeCode(sourceCode)}";

    private static Func<RouteValueDictionary, string?> Route(string name) => values => values[name]?.ToString();

    private static string? DefinitionId(object? value) => (value as WorkflowDefinitionResponse)?.DefinitionId;

    private static string? CostCenterCode(RouteValueDictionary values) => MasterDataRules.NormalizeCode(values["code"]?.ToString());

    private static string? MappingRoute(RouteValueDictionary values) =>
        SourceKinds.TryParse(values["kind"]?.ToString(), out var kind) ? MappingId(kind, values["sourceCode"]?.ToString() ?? "") : null;
}
