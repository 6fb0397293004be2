namespace HealthFlows.Server.Triggers.Http;

/// <summary>What the route table found for a request: the route (with its values), or the methods the path allows (405), or nothing (404).</summary>
public sealed record HttpRouteMatch(HttpRoute? Route, RouteValueDictionary Values, IReadOnlyList<string> AllowedMethods);
