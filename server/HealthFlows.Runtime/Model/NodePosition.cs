namespace HealthFlows.Runtime.Model;

/// <summary>A node's place on the designer canvas.</summary>
public sealed class NodePosition
{
    public double X { get; set; }

    public double Y { get; set; }
}
