using System.Text.Json;
using HealthFlows.Runtime.Auditing;
using HealthFlows.Server.Apis.Contracts;

namespace HealthFlows.Server.Auditing;

/// <summary>Turns one API call of an audited operation into an audit entry: actor, target, before/after, remote address.</summary>
public sealed class AuditRecorder(IAuditTrail trail, AuditTargetDescriber describer)
{
    /// <summary>The target's state before the handler runs, when its id is in the route.</summary>
    public async Task<object?> BeforeAsync(AuditedOperation operation, HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(operation);
        ArgumentNullException.ThrowIfNull(http);
        return operation.TargetIdFromRoute is { } fromRoute
            ? await describer.DescribeAsync(operation.TargetType, fromRoute(http.Request.RouteValues), http.RequestAborted)
            : null;
    }

    /// <summary>Appends the entry when the handler succeeded (2xx); a refused or failed call changed nothing and is not recorded.</summary>
    public async Task RecordAsync(AuditedOperation operation, HttpContext http, object? before, object? result)
    {
        ArgumentNullException.ThrowIfNull(operation);
        ArgumentNullException.ThrowIfNull(http);
        var inner = result is INestedHttpResult nested ? nested.Result : result as IResult;
        // A route value that failed to bind (a non-number sequence) sets 400 on the response and hands the filter an
        // empty result: the response's own status is what was answered then.
        var status = (inner as IStatusCodeHttpResult)?.StatusCode ?? http.Response.StatusCode;
        if (status is < 200 or >= 300)
        {
            return;
        }

        var value = (inner as IValueHttpResult)?.Value;
        var targetId = operation.TargetIdFromRoute?.Invoke(http.Request.RouteValues) ?? operation.TargetIdFromResult?.Invoke(value);
        var after = await describer.DescribeAsync(operation.TargetType, targetId, CancellationToken.None);
        var summary = JsonSerializer.SerializeToElement(
            new AuditSummary(before, after, value as ImportResponse),
            AuditSummary.JsonOptions);
        await trail.AppendAsync(
            new AuditEvent(AuditActors.From(http.User), operation.Action, new AuditTarget(operation.TargetType, targetId), summary, http.Connection.RemoteIpAddress?.ToString()),
            CancellationToken.None);
    }
}
