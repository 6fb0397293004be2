namespace HealthFlows.Runtime.Model;

/// <summary>A flowchart edge: when <see cref="Source"/> completes with <see cref="Outcome"/>, <see cref="Target"/> runs.</summary>
public sealed class Connection
{
    public string Source { get; set; } = "";

    public string Outcome { get; set; } = "";

    public string Target { get; set; } = "";
}
