using HealthFlows.Runtime.MasterData;

namespace HealthFlows.Server.Apis;

/// <summary>What the cost center and mapping endpoints need, bound with [AsParameters].</summary>
public sealed record MasterDataApiServices(ICostCenterStore Store);
