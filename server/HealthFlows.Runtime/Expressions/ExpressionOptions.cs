namespace HealthFlows.Runtime.Expressions;

/// <summary>The sandbox limits for one expression evaluation.</summary>
public sealed class ExpressionOptions
{
    /// <summary>Wall time one evaluation may take. Default 2 s.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Memory one evaluation may allocate. Default 32 MB.</summary>
    public long MemoryLimitBytes { get; set; } = 32 * 1024 * 1024;

    /// <summary>Deepest call stack allowed. Default 256.</summary>
    public int MaxRecursionDepth { get; set; } = 256;

    /// <summary>Statements one evaluation may run. Default 5,000,000.</summary>
    public int MaxStatements { get; set; } = 5_000_000;
}
