namespace HealthFlows.Activities.Http;

/// <summary>
/// Where a synchronous HTTP trigger waits for its answer: handed to the run as a run feature, filled by the first
/// HTTP Response the run executes, and written to the client only after the run was saved.
/// </summary>
public sealed class HttpReplySlot
{
    private HttpReply? _reply;

    public HttpReply? Reply => Volatile.Read(ref _reply);

    /// <summary>Keeps <paramref name="reply"/> unless an earlier HTTP Response already answered; true when it was kept.</summary>
    public bool TryFill(HttpReply reply) => Interlocked.CompareExchange(ref _reply, reply, null) is null;
}
