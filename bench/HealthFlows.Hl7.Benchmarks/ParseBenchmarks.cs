using BenchmarkDotNet.Attributes;

namespace HealthFlows.Hl7.Benchmarks;

/// <summary>Parsing each workload, next to the split-only baseline over the same bytes in the same run.</summary>
[MemoryDiagnoser]
public class ParseBenchmarks
{
    private readonly int[] _offsets = new int[4096];
    private byte[][] _messages = [];

    /// <summary>Which messages one operation handles.</summary>
    [Params(Workload.AdtSmall, Workload.DftManyCharges, Workload.Oru1MbBase64, Workload.Mix)]
    public Workload Workload { get; set; }

    /// <summary>Builds the messages once per workload and makes sure each is valid, so nothing measures an error path.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _messages = WorkloadMessages.For(Workload);
        foreach (var message in _messages)
        {
            var result = Hl7Parser.Parse(message);
            if (!result.IsValid) throw new InvalidOperationException($"Benchmark message is invalid: {result.FirstError}");
        }
    }

    /// <summary>Only finds segments and fields.</summary>
    [Benchmark(Baseline = true)]
    public int SplitOnly()
    {
        var fields = 0;
        foreach (var message in _messages) fields += SplitOnlyBaseline.Split(message, _offsets);
        return fields;
    }

    /// <summary>Parses into offsets: delimiters, segments, fields, MSH-9/10 checks, MSH-18 charset.</summary>
    [Benchmark]
    public int Parse()
    {
        var segments = 0;
        foreach (var message in _messages) segments += Hl7Parser.Parse(message).Message!.SegmentCount;
        return segments;
    }

    /// <summary>Parses and then reads a handful of values, as an activity would.</summary>
    [Benchmark]
    public int ParseAndRead()
    {
        var length = 0;
        foreach (var bytes in _messages)
        {
            var message = Hl7Parser.Parse(bytes).Message!;
            length += message.ControlId.Length + message.MessageType.Length;
            length += message.GetValue(Reads.PatientId)!.Length + message.GetValue(Reads.FamilyName)!.Length;
            length += message.GetValue(Reads.LastChargeAmount)!.Length + message.GetValue(Reads.Observation)!.Length;
        }

        return length;
    }

    private static class Reads
    {
        public static readonly Hl7Path PatientId = Hl7Path.Parse("PID-3-1");
        public static readonly Hl7Path FamilyName = Hl7Path.Parse("PID-5-1");
        public static readonly Hl7Path LastChargeAmount = Hl7Path.Parse("FT1[200]-11-1-1");
        public static readonly Hl7Path Observation = Hl7Path.Parse("OBX-5-5");
    }
}
