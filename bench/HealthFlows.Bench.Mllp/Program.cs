using System.Diagnostics;
using System.Globalization;
using HealthFlows.Bench.Mllp;

// Usage: HealthFlows.Bench.Mllp <host> <port> [connections=8] [seconds=20] [warmupSeconds=3]
// Prints one line: "acks_per_second <AA/s> accepted <AA> other <non-AA> seconds <measured>".
var host = args.Length > 0 ? args[0] : "127.0.0.1";
var port = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 2575;
var connections = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 8;
var seconds = args.Length > 3 ? double.Parse(args[3], CultureInfo.InvariantCulture) : 20;
var warmup = args.Length > 4 ? double.Parse(args[4], CultureInfo.InvariantCulture) : 3;

var senders = Enumerable.Range(0, connections).Select(i => new MllpSender(i)).ToList();
foreach (var sender in senders)
{
    await sender.ConnectAsync(host, port, CancellationToken.None);
}

var counting = false;
using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(warmup + seconds));
var runs = senders.Select(s => Task.Run(() => s.RunAsync(() => Volatile.Read(ref counting), stop.Token))).ToList();
await Task.Delay(TimeSpan.FromSeconds(warmup));
Volatile.Write(ref counting, true);
var clock = Stopwatch.StartNew();
await Task.WhenAll(runs);
var elapsed = clock.Elapsed.TotalSeconds;

var accepted = senders.Sum(s => s.Accepted);
var other = senders.Sum(s => s.Other);
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"acks_per_second {accepted / elapsed:F1} accepted {accepted} other {other} seconds {elapsed:F1}"));
foreach (var sender in senders)
{
    await sender.DisposeAsync();
}

return other == 0 ? 0 : 1;
