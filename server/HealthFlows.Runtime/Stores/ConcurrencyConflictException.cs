namespace HealthFlows.Runtime.Stores;

/// <summary>A save lost a race: the stored row changed (or a bookmark was taken) since it was read.</summary>
public sealed class ConcurrencyConflictException : Exception
{
    public ConcurrencyConflictException()
    {
    }

    public ConcurrencyConflictException(string message)
        : base(message)
    {
    }

    public ConcurrencyConflictException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
