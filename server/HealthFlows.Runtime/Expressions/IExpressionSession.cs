using System.Text.Json;

namespace HealthFlows.Runtime.Expressions;

/// <summary>Evaluates expressions against one scope; reuses its engine between evaluations.</summary>
public interface IExpressionSession
{
    /// <summary>Evaluates a script; throws <see cref="ExpressionException"/> on any failure.</summary>
    JsonElement? Evaluate(string script, CancellationToken cancellationToken = default);
}
