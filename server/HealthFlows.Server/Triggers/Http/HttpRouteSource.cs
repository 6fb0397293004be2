using HealthFlows.Activities.Http;
using HealthFlows.Runtime.Descriptors;
using HealthFlows.Runtime.Triggers;

namespace HealthFlows.Server.Triggers.Http;

/// <summary>
/// Builds the HTTP route table from the trigger catalog's HttpEndpoint start nodes, again whenever the catalog's
/// generation moved on (a publish, retract, revert or delete), so routes change without a restart.
/// </summary>
public sealed partial class HttpRouteSource(TriggerCatalog catalog, ActivityRegistry registry, IInlineConstraintResolver constraints, ILogger<HttpRouteSource> logger)
{
    private HttpRouteTable? _table;

    public async Task<HttpRouteTable> GetTableAsync(CancellationToken cancellationToken)
    {
        var snapshot = await catalog.GetSnapshotAsync(cancellationToken);
        var current = Volatile.Read(ref _table);
        if (current is not null && current.Generation >= snapshot.Generation)
        {
            return current;
        }

        var built = Build(snapshot);
        // Two requests may build the same generation at once; either result is right, and an older one never replaces a newer.
        while (current is null || current.Generation < built.Generation)
        {
            var seen = Interlocked.CompareExchange(ref _table, built, current);
            if (ReferenceEquals(seen, current))
            {
                break;
            }

            current = seen;
        }

        return built;
    }

    /// <summary>The route an HttpEndpoint node would get, or null with the problems in its settings or path.</summary>
    public HttpRoute? Compile(TriggerRegistration registration, out IReadOnlyList<string> problems)
    {
        if (registry.Find(HttpEndpoint.TypeName)?.Activity is not HttpEndpoint endpoint)
        {
            problems = ["The HTTP Endpoint activity is not registered."];
            return null;
        }

        var settings = endpoint.ReadSettings(registration.StartNode);
        if (!settings.IsValid)
        {
            problems = settings.Problems;
            return null;
        }

        var route = HttpRoute.TryCreate(registration, settings, constraints, out var problem);
        problems = problem is null ? [] : [problem];
        return route;
    }

    private HttpRouteTable Build(TriggerSnapshot snapshot)
    {
        var routes = new List<HttpRoute>();
        foreach (var registration in snapshot.OfType(HttpEndpoint.TypeName))
        {
            var route = Compile(registration, out var problems);
            if (route is null)
            {
                LogUnservable(logger, registration.DefinitionId, string.Join(" ", problems));
                continue;
            }

            // Publishing refuses clashes; one can still slip in through two publishes at the same moment. The first by id keeps the route.
            if (routes.FirstOrDefault(route.ClashesWith) is { } owner)
            {
                LogClash(logger, registration.DefinitionId, route.Settings.Path, owner.Registration.DefinitionId);
                continue;
            }

            routes.Add(route);
        }

        return new HttpRouteTable(snapshot.Generation, routes);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Published workflow {DefinitionId} has an HTTP Endpoint that cannot be served: {Problems}")]
    private static partial void LogUnservable(ILogger logger, string definitionId, string problems);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Published workflow {DefinitionId} claims path {Path}, already served by {Owner}; it is not served.")]
    private static partial void LogClash(ILogger logger, string definitionId, string path, string owner);
}
