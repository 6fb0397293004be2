using System.Text.Json;
using HealthFlows.Runtime.Activities;
using HealthFlows.Runtime.Model;

namespace HealthFlows.Activities.Mllp;

/// <summary>An MLLP listener node's settings, read from its literal inputs (defaults where a node gives none).</summary>
public sealed record MllpListenerSettings
{
    public const int DefaultMaxConnections = 100;
    public const int DefaultMaxMessageBytes = 1024 * 1024;
    public const string DefaultCharsetName = "UNICODE UTF-8";
    public static readonly TimeSpan DefaultAckTimeout = TimeSpan.FromSeconds(30);
    public static readonly TimeSpan DefaultIdleTimeout = TimeSpan.FromMinutes(10);

    public int Port { get; init; }

    public IReadOnlyList<string> AllowedSources { get; init; } = [];

    public int MaxConnections { get; init; } = DefaultMaxConnections;

    public int MaxMessageBytes { get; init; } = DefaultMaxMessageBytes;

    public TimeSpan AckTimeout { get; init; } = DefaultAckTimeout;

    public TimeSpan IdleTimeout { get; init; } = DefaultIdleTimeout;

    public string DefaultCharset { get; init; } = DefaultCharsetName;

    public bool UseTls { get; init; }

    /// <summary>Reads a node's settings; <paramref name="problems"/> lists every input that is an expression or out of range.</summary>
    public static MllpListenerSettings Read(WorkflowNode node, MllpListener activity, out List<string> problems)
    {
        var found = new List<string>();
        T Literal<T>(Input<T> input)
        {
            if (!node.Inputs.TryGetValue(input.Name, out var given) || given.Value is not { } json || json.ValueKind == JsonValueKind.Null)
            {
                return input.Default!;
            }

            if (given.Mode == InputMode.Expression)
            {
                found.Add($"'{input.Name}' must be a literal value: the listener reads it before any instance exists.");
                return input.Default!;
            }

            try
            {
                return json.Deserialize<T>(WorkflowJson.Options) ?? input.Default!;
            }
            catch (Exception ex) when (ex is JsonException or NotSupportedException or FormatException)
            {
                found.Add($"'{input.Name}' has a value of the wrong type.");
                return input.Default!;
            }
        }

        var settings = new MllpListenerSettings
        {
            Port = Literal(activity.Port),
            AllowedSources = Literal(activity.AllowedSources) ?? [],
            MaxConnections = Literal(activity.MaxConnections),
            MaxMessageBytes = Literal(activity.MaxMessageBytes),
            AckTimeout = Literal(activity.AckTimeout),
            IdleTimeout = Literal(activity.IdleTimeout),
            DefaultCharset = Literal(activity.DefaultCharset) ?? DefaultCharsetName,
            UseTls = Literal(activity.UseTls),
        };
        if (settings.Port is < 1 or > 65535) found.Add($"'port' must be between 1 and 65535, not {settings.Port}.");
        if (settings.MaxConnections < 1) found.Add("'maxConnections' must be at least 1.");
        if (settings.MaxMessageBytes < 64) found.Add("'maxMessageBytes' must be at least 64.");
        if (settings.AckTimeout <= TimeSpan.Zero) found.Add("'ackTimeout' must be positive.");
        if (settings.IdleTimeout <= TimeSpan.Zero) found.Add("'idleTimeout' must be positive.");
        problems = found;
        return settings;
    }
}
