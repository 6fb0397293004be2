namespace HealthFlows.ErpSandbox.OData;

/// <summary>An OData collection: the entities in a <c>value</c> array.</summary>
internal sealed record ODataCollection<T>(IReadOnlyList<T> Value);
