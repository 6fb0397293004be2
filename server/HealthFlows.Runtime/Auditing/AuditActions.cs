namespace HealthFlows.Runtime.Auditing;

/// <summary>The actions audit entries record, as <c>resource.verb</c> text so new features add theirs without a schema change.</summary>
public static class AuditActions
{
    public const string DefinitionCreated = "definition.created";
    public const string DefinitionSaved = "definition.saved";
    public const string DefinitionPublished = "definition.published";
    public const string DefinitionRetracted = "definition.retracted";
    public const string DefinitionReverted = "definition.reverted";
    public const string DefinitionDeleted = "definition.deleted";
    public const string DefinitionImported = "definition.imported";
    public const string InstanceCancelled = "instance.cancelled";
    public const string InstanceRetried = "instance.retried";
    public const string InstanceDeleted = "instance.deleted";
    public const string DeadLetterReplayed = "deadLetter.replayed";
    public const string DeadLetterDiscarded = "deadLetter.discarded";
    public const string CostCenterCreated = "costCenter.created";
    public const string CostCenterUpdated = "costCenter.updated";
    public const string CostCenterDeleted = "costCenter.deleted";
    public const string CostCentersImported = "costCenter.imported";
    public const string MappingCreated = "costCenterMapping.created";
    public const string MappingUpdated = "costCenterMapping.updated";
    public const string MappingDeleted = "costCenterMapping.deleted";
    public const string MappingsImported = "costCenterMapping.imported";
    public const string UserCreated = "user.created";
    public const string UserChanged = "user.changed";
    public const string UserRevoked = "user.revoked";
    public const string ApiKeyCreated = "apiKey.created";
    public const string ApiKeyChanged = "apiKey.changed";
    public const string ApiKeyRevoked = "apiKey.revoked";
    public const string SignInSucceeded = "signIn.succeeded";
    public const string SignInFailed = "signIn.failed";
    public const string PhiRevealed = "phi.revealed";
}
