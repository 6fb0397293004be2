using HealthFlows.Server.Tests.Support;
using HealthFlows.Server.Tests.Triggers.Http;

namespace HealthFlows.Server.Tests.Triggers.Timers;

/// <summary>
/// Quartz does a trigger's misfire arithmetic on the clock the trigger was built with. Built without one, a late trigger's
/// "fire now" meant the machine's now: on a server clock ahead of the machine's it was late again at once (a loop that
/// filled the memory), behind it the trigger waited for the machine's date. Triggers carry the server's clock.
/// </summary>
public sealed class TriggerClockTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    [Fact]
    public async Task StartAt_ClockJumpsADayPastItsInstant_FiresOnceByTheServersClock()
    {
        var host = server.Host;
        var at = host.Clock.GetUtcNow().AddMinutes(30);
        await server.Client.PublishAsync(TimerWorkflows.StartAt("late-start", at.ToString("O")));
        await host.WaitArmedAsync("late-start", at);

        host.Clock.Advance(TimeSpan.FromDays(1));
        await host.WaitHandledAsync("late-start", at);

        var instance = await server.Client.OccurrenceInstanceAsync("late-start", at);
        Assert.Equal(at, instance.ReportedOccurrence());
        Assert.Single(await server.Client.InstanceIdsAsync("late-start"));
    }
}
