namespace HealthFlows.Server.Apis.Contracts;

/// <summary>
/// The body of POST and PUT <c>/api/cost-centers</c>. On PUT the code comes from the route (a body code must match it)
/// and <c>revision</c>, when sent, must be the stored one (409 otherwise); without it the last write wins.
/// </summary>
public sealed record CostCenterRequest(
    string? Code, string? Name, bool? Active, DateOnly? EffectiveFrom, DateOnly? EffectiveTo, string? ErpId, int? Revision);
