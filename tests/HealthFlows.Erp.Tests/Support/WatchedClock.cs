using Microsoft.Extensions.Time.Testing;

namespace HealthFlows.Erp.Tests.Support;

/// <summary>
/// A <see cref="FakeTimeProvider"/> that also tells when a timer is started, so a test can move the clock exactly when
/// a retry wait, a timeout or the sandbox's injected latency has begun, instead of sleeping or guessing.
/// </summary>
public sealed class WatchedClock() : FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero))
{
    private readonly Lock sync = new();
    private readonly List<TimeSpan> unclaimed = [];
    private readonly List<(TimeSpan Due, TaskCompletionSource Started)> waiters = [];

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = base.CreateTimer(callback, state, dueTime, period);
        TaskCompletionSource? waiter = null;
        lock (sync)
        {
            var index = waiters.FindIndex(w => w.Due == dueTime);
            if (index >= 0)
            {
                waiter = waiters[index].Started;
                waiters.RemoveAt(index);
            }
            else
            {
                unclaimed.Add(dueTime);
            }
        }
        waiter?.TrySetResult();
        return timer;
    }

    /// <summary>Waits (at most 30 s of real time) until a timer of <paramref name="dueTime"/> has started that no earlier call claimed.</summary>
    public async Task WaitForTimerAsync(TimeSpan dueTime)
    {
        TaskCompletionSource started;
        lock (sync)
        {
            if (unclaimed.Remove(dueTime))
                return;
            started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            waiters.Add((dueTime, started));
        }
        try
        {
            await started.Task.WaitAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken);
        }
        catch (TimeoutException)
        {
            Assert.Fail($"No timer of {dueTime} was started.");
        }
    }
}
