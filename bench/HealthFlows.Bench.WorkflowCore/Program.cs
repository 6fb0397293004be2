using System.Diagnostics;
using HealthFlows.Bench.WorkflowCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using WorkflowCore.Interface;
using WorkflowCore.Models.LifeCycleEvents;

// Starts ten-step workflows with a fixed number in flight for a fixed time and prints completed instances per second.
var seconds = args.Length > 0 ? int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 10;
var inFlight = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 16;

var services = new ServiceCollection();
services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
services.AddWorkflow();
await using var provider = services.BuildServiceProvider();
var host = provider.GetRequiredService<IWorkflowHost>();
host.RegisterWorkflow<TenStepWorkflow, BenchData>();

var slots = new SemaphoreSlim(inFlight, inFlight);
long completed = 0;
var measuring = false;
host.OnLifeCycleEvent += e =>
{
    if (e is WorkflowCompleted)
    {
        if (Volatile.Read(ref measuring))
        {
            Interlocked.Increment(ref completed);
        }

        slots.Release();
    }
};
await host.StartAsync(CancellationToken.None);

async Task RunAsync(TimeSpan duration)
{
    var watch = Stopwatch.StartNew();
    while (watch.Elapsed < duration)
    {
        await slots.WaitAsync();
        await host.StartWorkflow("ten-steps", 1, new BenchData { Amount = 250 });
    }
}

await RunAsync(TimeSpan.FromSeconds(3));
Volatile.Write(ref measuring, true);
var clock = Stopwatch.StartNew();
await RunAsync(TimeSpan.FromSeconds(seconds));
var elapsed = clock.Elapsed.TotalSeconds;
Volatile.Write(ref measuring, false);
Console.WriteLine($"workflowcore_instances_per_second {Interlocked.Read(ref completed) / elapsed:F1}");
await host.StopAsync(CancellationToken.None);
