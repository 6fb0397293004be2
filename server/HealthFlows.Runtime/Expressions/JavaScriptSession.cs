using System.Text.Json;
using Jint;
using Jint.Native;
using Jint.Runtime;

namespace HealthFlows.Runtime.Expressions;

/// <summary>One Jint engine over one scope; globals are refreshed when the scope's state changes.</summary>
internal sealed class JavaScriptSession(JavaScriptEvaluator evaluator, IExpressionScope scope, ExpressionOptions limits, ITimeSystem timeSystem) : IExpressionSession
{
    private Engine? _engine;
    private int _globalsVersion = -1;
    private int _instanceInfoVersion = -1;

    public JsonElement? Evaluate(string script, CancellationToken cancellationToken = default)
    {
        try
        {
            var prepared = evaluator.Prepare(script);
            var engine = GetEngine(cancellationToken);
            RefreshGlobals(engine);
            var result = engine.Evaluate(prepared);
            return JsonToJsValue.ToJson(engine, result);
        }
        catch (ExpressionException)
        {
            throw;
        }
        catch (TimeoutException ex)
        {
            Reset();
            throw new ExpressionException($"The expression ran longer than its limit of {limits.Timeout.TotalMilliseconds:0} ms and was stopped.", ex);
        }
        catch (MemoryLimitExceededException ex)
        {
            Reset();
            throw new ExpressionException($"The expression allocated more than its limit of {limits.MemoryLimitBytes / (1024 * 1024)} MB and was stopped.", ex);
        }
        catch (RecursionDepthOverflowException ex)
        {
            Reset();
            throw new ExpressionException($"The expression recursed deeper than its limit of {limits.MaxRecursionDepth} calls and was stopped.", ex);
        }
        catch (StatementsCountOverflowException ex)
        {
            Reset();
            throw new ExpressionException($"The expression ran more than its limit of {limits.MaxStatements} statements and was stopped.", ex);
        }
        catch (ExecutionCanceledException ex)
        {
            Reset();
            throw new ExpressionException("The expression was cancelled.", ex);
        }
        catch (JavaScriptException ex)
        {
            throw new ExpressionException($"The expression threw: {ex.Message}", ex);
        }
        catch (JintException ex)
        {
            Reset();
            throw new ExpressionException($"The expression failed: {ex.Message}", ex);
        }
        catch (InvalidOperationException ex)
        {
            throw new ExpressionException($"The expression failed: {ex.Message}", ex);
        }
    }

    private Engine GetEngine(CancellationToken cancellationToken)
    {
        if (_engine is not null)
        {
            // Constraints are per evaluation: restart the time, memory and statement budgets.
            _engine.Constraints.Reset();
            return _engine;
        }

        _engine = new Engine(options =>
        {
            options.Strict();
            options.TimeoutInterval(limits.Timeout);
            options.LimitMemory(limits.MemoryLimitBytes);
            options.LimitRecursion(limits.MaxRecursionDepth);
            options.MaxStatements(limits.MaxStatements);
            options.CancellationToken(cancellationToken);
            options.Interop.Enabled = false;
            options.TimeSystem = timeSystem;
        });
        return _engine;
    }

    private void RefreshGlobals(Engine engine)
    {
        if (_globalsVersion == scope.StateVersion)
        {
            return;
        }

        if (_globalsVersion < 0)
        {
            engine.SetValue("input", JsonToJsValue.Convert(engine, scope.Input));
        }

        if (_instanceInfoVersion != scope.InstanceInfoVersion)
        {
            engine.SetValue("instance", JsonToJsValue.Convert(engine, scope.InstanceInfo));
            _instanceInfoVersion = scope.InstanceInfoVersion;
        }

        engine.SetValue("variables", JsonToJsValue.Convert(engine, scope.Variables));
        var outputs = new JsObject(engine);
        foreach (var (nodeId, values) in scope.Outputs)
        {
            outputs.Set(nodeId, JsonToJsValue.Convert(engine, values));
        }

        engine.SetValue("outputs", outputs);
        _globalsVersion = scope.StateVersion;
    }

    private void Reset()
    {
        _engine = null;
        _globalsVersion = -1;
        _instanceInfoVersion = -1;
    }
}
