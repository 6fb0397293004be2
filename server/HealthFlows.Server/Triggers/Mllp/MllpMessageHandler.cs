using HealthFlows.Activities.Mllp;
using HealthFlows.Hl7;
using HealthFlows.Hl7.Acks;
using HealthFlows.Runtime.Execution;
using HealthFlows.Server.Dispatch;
using HealthFlows.Server.Messages;

namespace HealthFlows.Server.Triggers.Mllp;

/// <summary>
/// Turns one received frame into the ACKs to send back: stores the message as a new instance first, then runs it from
/// memory (within the ACK timeout) to learn whether the workflow accepted it.
/// </summary>
internal sealed partial class MllpMessageHandler(
    IServiceScopeFactory scopes,
    MllpAcknowledger acks,
    WorkflowDispatcher dispatcher,
    RawMessageRecorder rawMessages,
    TimeProvider clock,
    IHostApplicationLifetime lifetime,
    ILogger<MllpMessageHandler> logger)
{
    public async Task<IReadOnlyList<byte[]>> HandleAsync(MllpBinding binding, MllpFrame frame, string remoteAddress, CancellationToken cancellationToken)
    {
        var port = binding.Settings.Port;
        if (frame.Oversized)
        {
            return Oversized(binding, frame);
        }

        var result = Hl7Parser.Parse(frame.Payload, binding.ParseOptions);
        if (result.Message is not { } message)
        {
            LogUnreadable(logger, port, result.FirstError?.Code.ToString() ?? "Empty");
            return [acks.ForUnreadable(Hl7AckCode.AR, result.FirstError?.Message, result.FirstError)];
        }

        if (message.IsAck)
        {
            LogAckIgnored(logger, port, message.ControlId);
            return [];
        }

        var mode = AckMode.Of(message);
        if (!result.IsValid)
        {
            var error = result.FirstError!;
            LogRejected(logger, port, message.ControlId, error.Code.ToString());
            var code = mode.Enhanced ? Hl7AckCode.CR : error.SegmentIndex == 0 ? Hl7AckCode.AR : Hl7AckCode.AE;
            return mode.Enhanced && !mode.Accept.Wants(success: false) ? [] : [acks.For(message, code, error.Message, error)];
        }

        var input = new MllpTriggerInput(message.Text, message.MessageType, message.ControlId, remoteAddress);
        var runHere = !(mode.Enhanced && mode.Application == AckCondition.Never);
        var stored = new TaskCompletionSource<string?>(TaskCreationOptions.RunContinuationsAsynchronously);
        var run = StoreAndRunAsync(binding, input, runHere, stored, cancellationToken);
        var instanceId = await stored.Task;
        if (instanceId is null)
        {
            const string NotStored = "The message could not be stored; send it again.";
            var code = mode.Enhanced ? Hl7AckCode.CE : Hl7AckCode.AR;
            return mode.Enhanced && !mode.Accept.Wants(success: false) ? [] : [acks.For(message, code, NotStored)];
        }

        // Kept before any ACK, as received (the instance holds the decoded text): what an operator replays is what the sender sent.
        await rawMessages.RecordAsync(RawMessageRecorder.Mllp, port.ToString(System.Globalization.CultureInfo.InvariantCulture), "application/hl7-v2", frame.Payload, instanceId, cancellationToken);

        var responses = new List<byte[]>(2);
        if (mode.Enhanced && mode.Accept.Wants(success: true))
        {
            responses.Add(acks.For(message, Hl7AckCode.CA, null));
        }

        if (!runHere)
        {
            return responses;
        }

        var verdict = await AwaitVerdictAsync(run, instanceId, binding.Settings.AckTimeout, cancellationToken);
        if (!mode.Enhanced || mode.Application.Wants(verdict.Accepted))
        {
            responses.Add(acks.For(message, verdict.Accepted ? Hl7AckCode.AA : Hl7AckCode.AE, verdict.Text));
        }

        return responses;
    }

    private IReadOnlyList<byte[]> Oversized(MllpBinding binding, MllpFrame frame)
    {
        var text = $"The message is {frame.Length} bytes; this listener accepts at most {binding.Settings.MaxMessageBytes}.";
        var error = new Hl7ParseError(Hl7ParseErrorCode.TooLarge, 0, "MSH", 0, text);
        LogOversized(logger, binding.Settings.Port, frame.Length);
        var header = Hl7Parser.Parse(FirstSegment(frame.Payload), binding.ParseOptions).Message;
        if (header is null)
        {
            return [acks.ForUnreadable(Hl7AckCode.AR, text, error)];
        }

        var mode = AckMode.Of(header);
        return header.IsAck || (mode.Enhanced && !mode.Accept.Wants(success: false))
            ? []
            : [acks.For(header, mode.Enhanced ? Hl7AckCode.CR : Hl7AckCode.AR, text, error)];
    }

    private static ReadOnlyMemory<byte> FirstSegment(byte[] payload)
    {
        var end = payload.AsSpan().IndexOfAny((byte)'\r', (byte)'\n');
        return end < 0 ? payload : payload.AsMemory(0, end);
    }

    /// <summary>
    /// Saves the instance with its start queued and reports its id through <paramref name="stored"/> (null when it was not
    /// saved): from then on the message cannot be lost. Then, still holding it, runs it from memory (no reload), or leaves it
    /// to the dispatcher. The run goes on past the ACK timeout, in this scope, until its commit.
    /// </summary>
    private async Task<RunResult?> StoreAndRunAsync(MllpBinding binding, MllpTriggerInput input, bool runHere, TaskCompletionSource<string?> stored, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        QueuedStart start;
        try
        {
            start = await scope.ServiceProvider.GetRequiredService<WorkflowRunner>().EnqueueHeldAsync(binding.Version, input.ToJson(), input.ControlId, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            stored.TrySetCanceled(cancellationToken);
            return null;
        }
        catch (Exception ex)
        {
            LogStoreFailed(logger, ex, binding.Settings.Port, input.ControlId);
            stored.TrySetResult(null);
            return null;
        }

        await using (start)
        {
            if (start.Stored.Status != RunStatus.Ok)
            {
                stored.TrySetResult(null);
                return null;
            }

            stored.TrySetResult(start.InstanceId);
            if (!runHere)
            {
                await start.DisposeAsync();
                dispatcher.Enqueue(start.InstanceId);
                return null;
            }

            try
            {
                return await start.RunAsync(lifetime.ApplicationStopping);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // The instance is saved as Running: the dispatcher tries again, and start-up recovery after that.
                LogRunFailed(logger, ex, start.InstanceId);
                dispatcher.Enqueue(start.InstanceId);
                return null;
            }
        }
    }

    /// <summary>Waits for the run; past the timeout the run goes on and the message counts as accepted (it is stored).</summary>
    private async Task<WorkflowVerdict> AwaitVerdictAsync(Task<RunResult?> run, string instanceId, TimeSpan timeout, CancellationToken cancellationToken)
    {
        try
        {
            var result = await run.WaitAsync(timeout, clock, cancellationToken);
            return result is null ? WorkflowVerdict.Pending : WorkflowVerdict.From(result);
        }
        catch (TimeoutException)
        {
            LogAckTimeout(logger, instanceId);
            return WorkflowVerdict.Pending;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "MLLP port {Port}: a frame with no readable HL7 header ({Problem}) was answered AR.")]
    private static partial void LogUnreadable(ILogger logger, int port, string problem);

    [LoggerMessage(Level = LogLevel.Debug, Message = "MLLP port {Port}: acknowledgement {ControlId} received; acknowledgements are never acknowledged.")]
    private static partial void LogAckIgnored(ILogger logger, int port, string controlId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "MLLP port {Port}: message {ControlId} rejected ({Problem}).")]
    private static partial void LogRejected(ILogger logger, int port, string controlId, string problem);

    [LoggerMessage(Level = LogLevel.Warning, Message = "MLLP port {Port}: a {Length}-byte message was over the limit and answered AR.")]
    private static partial void LogOversized(ILogger logger, int port, long length);

    [LoggerMessage(Level = LogLevel.Error, Message = "MLLP port {Port}: message {ControlId} could not be stored.")]
    private static partial void LogStoreFailed(ILogger logger, Exception exception, int port, string controlId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Instance {InstanceId} was still running at the ACK timeout; it was acknowledged as stored.")]
    private static partial void LogAckTimeout(ILogger logger, string instanceId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Running instance {InstanceId} after MLLP receipt failed; it stays queued.")]
    private static partial void LogRunFailed(ILogger logger, Exception exception, string instanceId);
}
