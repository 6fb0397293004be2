namespace HealthFlows.Runtime.Expressions;

/// <summary>An expression failed: a syntax error, a script error, or a sandbox limit.</summary>
public sealed class ExpressionException : Exception
{
    public ExpressionException()
    {
    }

    public ExpressionException(string message)
        : base(message)
    {
    }

    public ExpressionException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
