using HealthFlows.Activities.Http;
using HealthFlows.Runtime.Triggers;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.AspNetCore.Routing.Template;

namespace HealthFlows.Server.Triggers.Http;

/// <summary>One published HTTP Endpoint: its settings and its route template, matched by ASP.NET Core's template matcher.</summary>
public sealed class HttpRoute
{
    private readonly TemplateMatcher _matcher;
    private readonly IReadOnlyList<(string Name, IRouteConstraint Constraint)> _constraints;

    private HttpRoute(TriggerRegistration registration, HttpEndpointSettings settings, RoutePattern pattern, IReadOnlyList<(string, IRouteConstraint)> constraints)
    {
        Registration = registration;
        Settings = settings;
        var template = new RouteTemplate(pattern);
        _matcher = new TemplateMatcher(template, new RouteValueDictionary(pattern.Defaults));
        _constraints = constraints;
        Precedence = RoutePrecedence.ComputeInbound(template);
        Shape = ShapeOf(pattern);
    }

    public TriggerRegistration Registration { get; }

    public HttpEndpointSettings Settings { get; }

    /// <summary>Lower is more specific (<c>orders/new</c> before <c>orders/{id}</c>), as ASP.NET Core orders its own routes.</summary>
    public decimal Precedence { get; }

    /// <summary>The template with parameter names removed: two routes of one shape claim the same requests.</summary>
    public string Shape { get; }

    /// <summary>Parses the settings' path; null with the reason when it is not a route template or names an unknown constraint.</summary>
    public static HttpRoute? TryCreate(TriggerRegistration registration, HttpEndpointSettings settings, IInlineConstraintResolver resolver, out string? problem)
    {
        problem = null;
        RoutePattern pattern;
        try
        {
            pattern = RoutePatternFactory.Parse(settings.Path);
        }
        catch (RoutePatternException ex)
        {
            problem = $"Path '{settings.Path}' is not a route template: {ex.Message}";
            return null;
        }

        var constraints = new List<(string, IRouteConstraint)>();
        foreach (var parameter in pattern.Parameters)
        {
            foreach (var policy in parameter.ParameterPolicies)
            {
                if (policy.Content is not { } text || resolver.ResolveConstraint(text) is not { } constraint)
                {
                    problem = $"Path '{settings.Path}': '{policy.Content}' on {{{parameter.Name}}} is not a route constraint.";
                    return null;
                }

                constraints.Add((parameter.Name, constraint));
            }
        }

        return new HttpRoute(registration, settings, pattern, constraints);
    }

    /// <summary>Matches a path below /workflows (starting with '/'), filling the route values; constraints included.</summary>
    public bool TryMatch(PathString path, HttpContext context, RouteValueDictionary values)
    {
        if (!_matcher.TryMatch(path, values))
        {
            return false;
        }

        foreach (var (name, constraint) in _constraints)
        {
            if (!constraint.Match(context, null, name, values, RouteDirection.IncomingRequest))
            {
                return false;
            }
        }

        return true;
    }

    public bool Allows(string method) => Settings.Methods.Contains(method, StringComparer.OrdinalIgnoreCase);

    /// <summary>Whether both routes would answer one request: the same shape and a method in common.</summary>
    public bool ClashesWith(HttpRoute other) => Shape == other.Shape && Settings.Methods.Any(other.Allows);

    private static string ShapeOf(RoutePattern pattern) => string.Join('/', pattern.PathSegments.Select(segment => string.Concat(segment.Parts.Select(part => part switch
    {
        RoutePatternLiteralPart literal => literal.Content.ToLowerInvariant(),
        RoutePatternSeparatorPart separator => separator.Content,
        RoutePatternParameterPart parameter => "{" + (parameter.IsCatchAll ? "*" : "")
            + string.Concat(parameter.ParameterPolicies.Select(p => ":" + p.Content))
            + (parameter.IsOptional ? "?" : "") + "}",
        _ => "?",
    }))));
}
