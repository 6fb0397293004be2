using System.Threading.Channels;
using HealthFlows.Persistence.Entities;
using HealthFlows.Persistence.Stores;
using HealthFlows.Runtime.Execution;
using HealthFlows.Server.Configuration;
using Microsoft.Extensions.Options;

namespace HealthFlows.Server.Messages;

/// <summary>
/// Keeps a trigger's message exactly as received (encrypted by the store), linked to the instance it started. Concurrent
/// messages are written together, one transaction per burst: a transaction of its own per message doubled the database
/// work of an MLLP message. Each caller still waits until its message is stored, so it is kept before the ACK goes out.
/// </summary>
public sealed partial class RawMessageRecorder : IAsyncDisposable
{
    public const string Http = "http";
    public const string Mllp = "mllp";

    private const int MaxBatch = 256;

    private readonly IRawMessageStore store;
    private readonly IdGenerator ids;
    private readonly TimeProvider clock;
    private readonly IOptions<HealthFlowsOptions> options;
    private readonly ILogger<RawMessageRecorder> logger;
    private readonly Channel<Pending> queue = Channel.CreateUnbounded<Pending>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Task loop;

    public RawMessageRecorder(
        IRawMessageStore store, IdGenerator ids, TimeProvider clock, IOptions<HealthFlowsOptions> options, ILogger<RawMessageRecorder> logger)
    {
        this.store = store;
        this.ids = ids;
        this.clock = clock;
        this.options = options;
        this.logger = logger;
        loop = Task.Run(WriteLoopAsync);
    }

    /// <summary>
    /// Stores the message; a failure is logged (ids only) and swallowed, because the instance holds the decoded message
    /// already and the sender must not be told its accepted message failed.
    /// </summary>
    public async Task RecordAsync(string source, string endpoint, string? contentType, ReadOnlyMemory<byte> body, string? instanceId, CancellationToken cancellationToken)
    {
        if (!options.Value.Messages.Keep)
        {
            return;
        }

        var pending = new Pending(new RawMessageRecord
        {
            Id = ids.NewId(),
            InstanceId = instanceId,
            Source = source,
            Endpoint = endpoint.Length > 512 ? endpoint[..512] : endpoint,
            ContentType = contentType is { Length: > 256 } ? contentType[..256] : contentType,
            ReceivedAt = clock.GetUtcNow(),
            Body = body.ToArray(),
        });
        if (!queue.Writer.TryWrite(pending))
        {
            LogNotKept(logger, nameof(ObjectDisposedException), source, instanceId);
            return;
        }

        await pending.Stored.Task.WaitAsync(cancellationToken);
    }

    /// <summary>Writes what is still queued, then stops.</summary>
    public async ValueTask DisposeAsync()
    {
        queue.Writer.TryComplete();
        await loop;
    }

    private async Task WriteLoopAsync()
    {
        var batch = new List<Pending>(MaxBatch);
        while (await queue.Reader.WaitToReadAsync())
        {
            while (batch.Count < MaxBatch && queue.Reader.TryRead(out var pending))
            {
                batch.Add(pending);
            }

            try
            {
                await store.AddRangeAsync(batch.Select(p => p.Message).ToList(), CancellationToken.None);
            }
            catch (Exception) when (batch.Count > 1)
            {
                // One bad row must not cost the others theirs: each written alone.
                foreach (var single in batch)
                {
                    await WriteAloneAsync(single.Message);
                }
            }
            catch (Exception ex)
            {
                LogNotKept(logger, ex.GetType().Name, batch[0].Message.Source, batch[0].Message.InstanceId);
            }

            foreach (var done in batch)
            {
                done.Stored.TrySetResult();
            }

            batch.Clear();
        }
    }

    private async Task WriteAloneAsync(RawMessageRecord message)
    {
        try
        {
            await store.AddAsync(message, CancellationToken.None);
        }
        catch (Exception ex)
        {
            LogNotKept(logger, ex.GetType().Name, message.Source, message.InstanceId);
        }
    }

    // The exception's type only: a database error message could quote the values it failed to write.
    [LoggerMessage(Level = LogLevel.Error, Message = "The raw {Source} message of instance {InstanceId} could not be kept ({ErrorType}); the instance has its decoded input.")]
    private static partial void LogNotKept(ILogger logger, string errorType, string source, string? instanceId);

    private sealed record Pending(RawMessageRecord Message)
    {
        public TaskCompletionSource Stored { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
