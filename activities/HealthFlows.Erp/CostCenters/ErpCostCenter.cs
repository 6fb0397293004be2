namespace HealthFlows.Erp.CostCenters;

/// <summary>A value of the ERP's cost-center dimension; blocked ones refuse new postings.</summary>
public sealed record ErpCostCenter(string Code, string DisplayName, bool Blocked);
