using HealthFlows.Activities.Http;
using HealthFlows.Runtime.Definitions;
using HealthFlows.Runtime.Descriptors;
using HealthFlows.Runtime.Execution;
using HealthFlows.Runtime.Triggers;
using HealthFlows.Runtime.Validation;

namespace HealthFlows.Server.Triggers.Http;

/// <summary>Refuses to publish an HTTP Endpoint whose settings cannot be served or whose path and method another published workflow already serves.</summary>
public sealed class HttpRoutePublishCheck(HttpRouteSource routes, ActivityRegistry registry) : IPublishCheck
{
    public const string InvalidHttpEndpoint = nameof(InvalidHttpEndpoint);
    public const string HttpRouteConflict = nameof(HttpRouteConflict);

    public async Task<IReadOnlyList<ValidationProblem>> CheckAsync(WorkflowDefinitionVersion candidate, CancellationToken cancellationToken)
    {
        if (StartNodeFinder.Find(candidate.Definition, registry) is not { Type: HttpEndpoint.TypeName } start)
        {
            return [];
        }

        var route = routes.Compile(new TriggerRegistration(candidate, start), out var problems);
        if (route is null)
        {
            return [.. problems.Select(p => new ValidationProblem(InvalidHttpEndpoint, p, start.Id))];
        }

        var table = await routes.GetTableAsync(cancellationToken);
        return [.. table.Routes
            .Where(other => other.Registration.DefinitionId != candidate.DefinitionId && route.ClashesWith(other))
            .Select(other => new ValidationProblem(
                HttpRouteConflict,
                $"Path '{route.Settings.Path}' ({string.Join(", ", route.Settings.Methods.Where(other.Allows))}) is already served by published workflow '{other.Registration.DefinitionId}' ('{other.Registration.Version.Definition.Name}', path '{other.Settings.Path}').",
                start.Id))];
    }
}
