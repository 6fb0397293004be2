namespace HealthFlows.Hl7;

/// <summary>What reading a value does with formatting escapes such as <c>\.br\</c>, <c>\.sp\</c>, <c>\H\</c> and <c>\N\</c>.</summary>
public enum Hl7FormattingEscapes
{
    /// <summary>Keep them literally, so a value read and written again keeps its formatting (the default).</summary>
    Keep,

    /// <summary>Render them as plain text: <c>\.br\</c> and <c>\.sp\</c> become line feeds, <c>\.sk n\</c> spaces, and the rest are dropped.</summary>
    Render,
}
