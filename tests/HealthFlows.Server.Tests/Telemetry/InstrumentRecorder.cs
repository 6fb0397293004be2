using System.Collections.Concurrent;
using System.Diagnostics.Metrics;

namespace HealthFlows.Server.Tests.Telemetry;

/// <summary>Records the measurements of one server's meters (those its meter factory made), so parallel servers do not mix in.</summary>
public sealed class InstrumentRecorder : IDisposable
{
    private readonly MeterListener _listener = new();
    private readonly ConcurrentQueue<(string Instrument, double Value, Dictionary<string, object?> Tags)> _measurements = new();

    public InstrumentRecorder(IMeterFactory meterFactory)
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (ReferenceEquals(instrument.Meter.Scope, meterFactory) && instrument.Meter.Name == "HealthFlows")
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) => Add(instrument, value, tags));
        _listener.SetMeasurementEventCallback<int>((instrument, value, tags, _) => Add(instrument, value, tags));
        _listener.SetMeasurementEventCallback<double>((instrument, value, tags, _) => Add(instrument, value, tags));
        _listener.Start();
    }

    /// <summary>Measurements of <paramref name="instrument"/> whose tags include every given one.</summary>
    public IReadOnlyList<double> Of(string instrument, params (string Key, object Value)[] tags) =>
        [.. _measurements.Where(m => m.Instrument == instrument && tags.All(t => m.Tags.TryGetValue(t.Key, out var v) && Equals(v, t.Value))).Select(m => m.Value)];

    public IReadOnlyList<Dictionary<string, object?>> TagsOf(string instrument) =>
        [.. _measurements.Where(m => m.Instrument == instrument).Select(m => m.Tags)];

    /// <summary>Asks observable instruments (the queue depth) for their current value.</summary>
    public void Observe() => _listener.RecordObservableInstruments();

    public void Dispose() => _listener.Dispose();

    private void Add(Instrument instrument, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        var copy = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var tag in tags)
        {
            copy[tag.Key] = tag.Value;
        }

        _measurements.Enqueue((instrument.Name, value, copy));
    }
}
