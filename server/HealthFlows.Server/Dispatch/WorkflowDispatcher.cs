using System.Threading.Channels;
using HealthFlows.Runtime.Telemetry;

namespace HealthFlows.Server.Dispatch;

/// <summary>The in-process queue of instance ids whose saved work should run in the background.</summary>
public sealed class WorkflowDispatcher
{
    private readonly Channel<string> _queue = Channel.CreateUnbounded<string>(new UnboundedChannelOptions { SingleReader = false });

    public WorkflowDispatcher(WorkflowMetrics metrics)
    {
        ArgumentNullException.ThrowIfNull(metrics);
        metrics.ObserveQueueDepth(() => _queue.Reader.Count);
    }

    /// <summary>Asks for the instance's queued work to run soon; the instance is already saved, so nothing is lost if the process stops.</summary>
    public void Enqueue(string instanceId) => _queue.Writer.TryWrite(instanceId);

    public ChannelReader<string> Reader => _queue.Reader;
}
