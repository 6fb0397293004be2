namespace HealthFlows.ErpSandbox.Companies;

/// <summary>A company as Business Central's API v2.0 shows it.</summary>
internal sealed record CompanyResponse(
    Guid Id,
    string SystemVersion,
    string Name,
    string DisplayName,
    string BusinessProfileId,
    DateTime SystemCreatedAt,
    DateTime SystemModifiedAt)
{
    public static CompanyResponse From(Company company) => new(
        company.Id, "ErpSandbox", company.Name, company.DisplayName, "",
        company.CreatedAt.UtcDateTime, company.LastModified.UtcDateTime);
}
