namespace HealthFlows.Runtime.Validation;

/// <summary>The codes a validation problem can carry (listed in docs/api.md).</summary>
public static class ProblemCodes
{
    public const string UnsupportedSchemaVersion = nameof(UnsupportedSchemaVersion);
    public const string InvalidDefinitionId = nameof(InvalidDefinitionId);
    public const string MissingName = nameof(MissingName);
    public const string DuplicateNodeId = nameof(DuplicateNodeId);
    public const string UnknownActivityType = nameof(UnknownActivityType);
    public const string NoStartNode = nameof(NoStartNode);
    public const string MultipleStartNodes = nameof(MultipleStartNodes);
    public const string DanglingConnection = nameof(DanglingConnection);
    public const string UnknownOutcome = nameof(UnknownOutcome);
    public const string MissingRequiredInput = nameof(MissingRequiredInput);
    public const string InvalidExpression = nameof(InvalidExpression);
    public const string InvalidInputValue = nameof(InvalidInputValue);
    public const string UnknownVariable = nameof(UnknownVariable);
    public const string DuplicateVariable = nameof(DuplicateVariable);
    public const string UnreachableNode = nameof(UnreachableNode);
    public const string LoopWithoutWait = nameof(LoopWithoutWait);
}
