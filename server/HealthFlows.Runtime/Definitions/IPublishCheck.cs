using HealthFlows.Runtime.Validation;

namespace HealthFlows.Runtime.Definitions;

/// <summary>
/// A check a version must pass, beyond its own validation, before it is published: one that looks at the other
/// published workflows (two HTTP endpoints claiming one route). Hosts register their own.
/// </summary>
public interface IPublishCheck
{
    /// <summary>The problems that stop <paramref name="candidate"/> from being published; empty when it may be.</summary>
    Task<IReadOnlyList<ValidationProblem>> CheckAsync(WorkflowDefinitionVersion candidate, CancellationToken cancellationToken);
}
