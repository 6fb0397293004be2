namespace HealthFlows.Runtime.Instances;

/// <summary>A running body (one ForEach iteration): how much work is left in it and whom to call back.</summary>
public sealed class ExecutionScope
{
    public string Id { get; set; } = "";

    /// <summary>The node whose body this is; called back when <see cref="Pending"/> falls to zero.</summary>
    public string OwnerNodeId { get; set; } = "";

    public string? ParentScopeId { get; set; }

    /// <summary>Work items, open bookmarks and child scopes still in this scope.</summary>
    public int Pending { get; set; }
}
