namespace HealthFlows.Persistence.Configurations;

/// <summary>Maximum lengths of the bounded text columns, shared by the configurations and the mappers that truncate.</summary>
internal static class ColumnLengths
{
    public const int Id = 64;
    public const int DefinitionId = 128;
    public const int NodeId = 128;
    public const int ClusterNodeId = 128;
    public const int Name = 256;
    public const int Description = 4000;
    public const int ActivityType = 256;
    public const int EnumName = 32;
    public const int CorrelationId = 256;
    public const int Message = 4000;
    public const int ExceptionType = 512;
    public const int VersionNote = 1024;
    public const int Outcomes = 2048;
    public const int KeyHash = 64;
    public const int KeyPrefix = 16;
    public const int Roles = 512;
    public const int UserName = 128;
    public const int PasswordHash = 512;
    public const int TriggerPaths = 2048;
    public const int AuditActorId = 128;
    public const int AuditAction = 64;
    public const int AuditTargetId = 512;
    public const int RemoteAddress = 64;
    public const int Endpoint = 512;
    public const int ContentType = 256;
    public const int CostCenterCode = HealthFlows.Runtime.MasterData.MasterDataRules.CodeMaxLength;
    public const int CostCenterName = HealthFlows.Runtime.MasterData.MasterDataRules.NameMaxLength;
    public const int SourceCode = HealthFlows.Runtime.MasterData.MasterDataRules.SourceCodeMaxLength;
    public const int ErpId = HealthFlows.Runtime.MasterData.MasterDataRules.ErpIdMaxLength;
}
