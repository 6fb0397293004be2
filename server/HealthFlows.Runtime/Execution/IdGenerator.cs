namespace HealthFlows.Runtime.Execution;

/// <summary>Time-ordered ids (UUID v7), so ids sort by creation time in every database.</summary>
public sealed class IdGenerator(TimeProvider clock)
{
    public string NewId() => Guid.CreateVersion7(clock.GetUtcNow()).ToString("N");
}
