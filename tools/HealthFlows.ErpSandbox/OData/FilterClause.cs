namespace HealthFlows.ErpSandbox.OData;

/// <summary>One <c>property eq literal</c> comparison of a <c>$filter</c>; <paramref name="Quoted"/> tells a string literal from a bare one.</summary>
internal sealed record FilterClause(string Property, string Literal, bool Quoted);
