using HealthFlows.Runtime.MasterData;

namespace HealthFlows.Server.Apis.Contracts;

/// <summary>
/// The body of POST and PUT <c>/api/cost-center-mappings</c>. On PUT the kind and source code come from the route and
/// <c>revision</c>, when sent, must be the stored one (409 otherwise).
/// </summary>
public sealed record CostCenterMappingRequest(CostCenterSourceKind? Kind, string? SourceCode, string? CostCenterCode, int? Revision);
