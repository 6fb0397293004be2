namespace HealthFlows.Erp.Tests.Support;

/// <summary>
/// Network fault injection on the client side: the first request matching <paramref name="drops"/> reaches the ERP and
/// takes effect, but its answer is lost; the caller hears nothing until its own timeout gives up.
/// </summary>
public sealed class AnswerDroppingHandler(Func<HttpRequestMessage, bool> drops) : DelegatingHandler
{
    private readonly TaskCompletionSource dropped = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes once an answer has been dropped.</summary>
    public Task Dropped => dropped.Task;

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken);
        if (dropped.Task.IsCompleted || !drops(request))
            return response;
        response.Dispose();
        dropped.SetResult();
        await Task.Delay(Timeout.InfiniteTimeSpan, cancellationToken);
        throw new InvalidOperationException("Unreachable: the delay above only ends by cancellation.");
    }
}
