namespace HealthFlows.Cluster.Tests.Support;

/// <summary>Polls a condition against a deadline on the real clock (these tests drive separate processes, so no fake clock reaches them).</summary>
public static class Eventually
{
    public static async Task<bool> HoldsAsync(Func<Task<bool>> condition, TimeSpan within, CancellationToken cancellationToken)
    {
        var deadline = TimeProvider.System.GetTimestamp() + (long)(within.TotalSeconds * TimeProvider.System.TimestampFrequency);
        while (true)
        {
            try
            {
                if (await condition())
                {
                    return true;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet (or any more): ask again.
            }

            if (TimeProvider.System.GetTimestamp() > deadline)
            {
                return false;
            }

            await Task.Delay(100, cancellationToken);
        }
    }
}
