using System.Collections.Concurrent;
using Acornima;
using Acornima.Ast;
using Jint;
using Microsoft.Extensions.Options;

namespace HealthFlows.Runtime.Expressions;

/// <summary>JavaScript expressions through Jint: parsed once and cached, run in a sandbox with no .NET access.</summary>
public sealed class JavaScriptEvaluator(IOptions<ExpressionOptions> options, TimeProvider clock) : IExpressionEvaluator
{
    private const int MaxCachedScripts = 10_000;
    private readonly ClockTimeSystem _timeSystem = new(clock);
    private readonly ConcurrentDictionary<string, Prepared<Script>> _prepared = new(StringComparer.Ordinal);

    public IExpressionSession CreateSession(IExpressionScope scope) => new JavaScriptSession(this, scope, options.Value, _timeSystem);

    public string? CheckSyntax(string script)
    {
        try
        {
            Prepare(script);
            return null;
        }
        catch (ExpressionException ex)
        {
            return ex.Message;
        }
    }

    internal Prepared<Script> Prepare(string script)
    {
        if (_prepared.TryGetValue(script, out var prepared))
        {
            return prepared;
        }

        try
        {
            prepared = Engine.PrepareScript(script, source: "expression", strict: true);
        }
        catch (Exception ex) when (ex is ParseErrorException || ex.InnerException is ParseErrorException || ex is Jint.JintException)
        {
            throw new ExpressionException($"The expression does not parse: {(ex.InnerException ?? ex).Message}", ex);
        }

        if (_prepared.Count < MaxCachedScripts)
        {
            _prepared.TryAdd(script, prepared);
        }

        return prepared;
    }
}
