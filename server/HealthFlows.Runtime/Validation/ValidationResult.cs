namespace HealthFlows.Runtime.Validation;

/// <summary>Every problem found in a definition; valid when there is none.</summary>
public sealed record ValidationResult(IReadOnlyList<ValidationProblem> Problems)
{
    public bool Valid => Problems.Count == 0;
}
