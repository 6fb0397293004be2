using HealthFlows.Persistence.Entities;
using HealthFlows.Persistence.Stores;
using HealthFlows.Runtime.Execution;
using HealthFlows.Server.Configuration;
using Microsoft.Extensions.Options;

namespace HealthFlows.Server.Messages;

/// <summary>Keeps a trigger's message exactly as received (encrypted by the store), linked to the instance it started.</summary>
public sealed partial class RawMessageRecorder(
    IRawMessageStore store,
    IdGenerator ids,
    TimeProvider clock,
    IOptions<HealthFlowsOptions> options,
    ILogger<RawMessageRecorder> logger)
{
    public const string Http = "http";
    public const string Mllp = "mllp";

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

        try
        {
            await store.AddAsync(new RawMessageRecord
            {
                Id = ids.NewId(),
                InstanceId = instanceId,
                Source = source,
                Endpoint = endpoint.Length > 512 ? endpoint[..512] : endpoint,
                ContentType = contentType is { Length: > 256 } ? contentType[..256] : contentType,
                ReceivedAt = clock.GetUtcNow(),
                Body = body.ToArray(),
            }, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogNotKept(logger, ex.GetType().Name, source, instanceId);
        }
    }

    // The exception's type only: a database error message could quote the values it failed to write.
    [LoggerMessage(Level = LogLevel.Error, Message = "The raw {Source} message of instance {InstanceId} could not be kept ({ErrorType}); the instance has its decoded input.")]
    private static partial void LogNotKept(ILogger logger, string errorType, string source, string? instanceId);
}
