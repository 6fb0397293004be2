namespace HealthFlows.Server.Triggers.Http;

/// <summary>The published HTTP endpoints of one trigger-catalog generation, most specific first; immutable.</summary>
public sealed class HttpRouteTable(long generation, IReadOnlyList<HttpRoute> routes)
{
    public long Generation { get; } = generation;

    public IReadOnlyList<HttpRoute> Routes { get; } = [.. routes.OrderBy(r => r.Precedence).ThenBy(r => r.Registration.DefinitionId, StringComparer.Ordinal)];

    /// <summary>The most specific route for the path that allows the method; otherwise the methods the path allows.</summary>
    public HttpRouteMatch Match(PathString path, string method, HttpContext context)
    {
        List<string>? allowed = null;
        foreach (var route in Routes)
        {
            var values = new RouteValueDictionary();
            if (!route.TryMatch(path, context, values))
            {
                continue;
            }

            if (route.Allows(method))
            {
                return new HttpRouteMatch(route, values, route.Settings.Methods);
            }

            allowed ??= [];
            allowed.AddRange(route.Settings.Methods.Except(allowed, StringComparer.Ordinal));
        }

        return new HttpRouteMatch(null, [], allowed ?? []);
    }
}
