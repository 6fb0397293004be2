namespace HealthFlows.Runtime.Model;

/// <summary>Whether an input holds a literal JSON value or a JavaScript expression.</summary>
public enum InputMode
{
    Literal,
    Expression,
}
