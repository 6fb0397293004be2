namespace HealthFlows.Runtime.Auditing;

/// <summary>The target types audit entries name.</summary>
public static class AuditTargetTypes
{
    public const string WorkflowDefinition = "workflowDefinition";
    public const string WorkflowInstance = "workflowInstance";
    public const string JournalEntry = "journalEntry";
    public const string RawMessages = "rawMessages";
    public const string DeadLetter = "deadLetter";
    public const string CostCenter = "costCenter";
    public const string CostCenterMapping = "costCenterMapping";
    public const string User = "user";
    public const string ApiKey = "apiKey";
    public const string Session = "session";
}
