namespace HealthFlows.Runtime.Expressions;

/// <summary>Evaluates workflow expressions in a sandbox.</summary>
public interface IExpressionEvaluator
{
    /// <summary>Starts a session over a scope; a session is used by one thread at a time.</summary>
    IExpressionSession CreateSession(IExpressionScope scope);

    /// <summary>The syntax error of a script, or null when it parses.</summary>
    string? CheckSyntax(string script);
}
