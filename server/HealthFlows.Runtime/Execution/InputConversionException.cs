namespace HealthFlows.Runtime.Execution;

/// <summary>An input's value could not be turned into the type the activity expects.</summary>
public sealed class InputConversionException : Exception
{
    public InputConversionException()
    {
    }

    public InputConversionException(string message)
        : base(message)
    {
    }

    public InputConversionException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
