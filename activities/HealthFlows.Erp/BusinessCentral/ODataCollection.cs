namespace HealthFlows.Erp.BusinessCentral;

/// <summary>An OData collection: <c>{ "value": [ ... ] }</c>.</summary>
internal sealed record ODataCollection<T>(IReadOnlyList<T>? Value);
