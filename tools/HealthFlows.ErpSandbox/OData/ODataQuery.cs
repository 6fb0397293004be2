using Microsoft.AspNetCore.Mvc;

namespace HealthFlows.ErpSandbox.OData;

/// <summary>The OData system query options the sandbox reads; the others (<c>$select</c>, <c>$top</c>, ...) are ignored.</summary>
internal readonly record struct ODataQuery(
    [FromQuery(Name = "$filter")] string? Filter,
    [FromQuery(Name = "$expand")] string? Expand);
