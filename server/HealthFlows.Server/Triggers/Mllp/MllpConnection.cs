using System.IO.Pipelines;

namespace HealthFlows.Server.Triggers.Mllp;

/// <summary>
/// Serves one client connection: reads frames through a pipe, answers each in order, and closes after the idle
/// timeout (driven by the injected <see cref="TimeProvider"/>) or when the listener stops.
/// </summary>
internal sealed class MllpConnection(Stream stream, string remoteAddress, Func<MllpBinding> binding, MllpMessageHandler handler, TimeProvider clock)
{
    public async Task RunAsync(CancellationToken stopping)
    {
        var settings = binding().Settings;
        var decoder = new MllpFrameDecoder(settings.MaxMessageBytes);
        var reader = PipeReader.Create(stream, new StreamPipeReaderOptions(leaveOpen: true));
        using var idle = new CancellationTokenSource(settings.IdleTimeout, clock);
        using var readCancel = CancellationTokenSource.CreateLinkedTokenSource(idle.Token, stopping);
        try
        {
            while (true)
            {
                var read = await reader.ReadAsync(readCancel.Token);
                var buffer = read.Buffer;
                if (!buffer.IsEmpty)
                {
                    idle.CancelAfter(settings.IdleTimeout);
                }

                while (decoder.TryRead(ref buffer, out var frame))
                {
                    var current = binding();
                    var responses = await handler.HandleAsync(current, frame!, remoteAddress, stopping);

                    // Restart the idle clock before answering, so a client that got its ACK has the full timeout.
                    idle.CancelAfter(settings.IdleTimeout);
                    foreach (var response in responses)
                    {
                        await stream.WriteAsync(response, stopping);
                    }

                    await stream.FlushAsync(stopping);
                }

                reader.AdvanceTo(buffer.Start, buffer.End);
                if (read.IsCompleted || read.IsCanceled)
                {
                    return;
                }
            }
        }
        catch (OperationCanceledException)
        {
            // Idle timeout or the listener stopping: the connection just closes.
        }
        catch (IOException)
        {
            // The client went away mid-read or mid-write.
        }
        finally
        {
            await reader.CompleteAsync();
        }
    }
}
