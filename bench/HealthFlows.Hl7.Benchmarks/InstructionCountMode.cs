namespace HealthFlows.Hl7.Benchmarks;

/// <summary>Runs one benchmark method in a plain loop, for counting instructions under callgrind (a figure the machine's load cannot skew).</summary>
/// <remarks>Usage: <c>instructions &lt;Workload&gt; &lt;SplitOnly|Parse|ParseAndRead&gt; &lt;iterations&gt;</c>; the count of a run with 0 iterations is subtracted.</remarks>
public static class InstructionCountMode
{
    /// <summary>Runs the loop when the arguments ask for it; false otherwise.</summary>
    public static bool TryRun(string[] args)
    {
        if (args is not ["instructions", var workloadName, var method, var countText]) return false;
        var benchmarks = new ParseBenchmarks { Workload = Enum.Parse<Workload>(workloadName) };
        benchmarks.Setup();
        Func<int> operation = method switch
        {
            nameof(ParseBenchmarks.SplitOnly) => benchmarks.SplitOnly,
            nameof(ParseBenchmarks.Parse) => benchmarks.Parse,
            _ => benchmarks.ParseAndRead,
        };

        // One call before the loop so JIT work lands in the zero-iteration run as well.
        var sink = operation();
        for (var i = 0; i < int.Parse(countText, System.Globalization.CultureInfo.InvariantCulture); i++) sink += operation();
        Console.WriteLine(sink);
        return true;
    }
}
