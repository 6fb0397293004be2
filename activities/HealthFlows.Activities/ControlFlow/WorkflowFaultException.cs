namespace HealthFlows.Activities.ControlFlow;

/// <summary>Raised by the Fail activity: a fault the workflow author asked for.</summary>
public sealed class WorkflowFaultException : Exception
{
    public WorkflowFaultException()
    {
    }

    public WorkflowFaultException(string message)
        : base(message)
    {
    }

    public WorkflowFaultException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
