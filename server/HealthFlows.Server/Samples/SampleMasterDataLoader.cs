using HealthFlows.Runtime.MasterData;
using HealthFlows.Server.Configuration;
using Microsoft.Extensions.Options;

namespace HealthFlows.Server.Samples;

/// <summary>
/// Seeds sample cost centers and mappings into an empty store when samples are on. The codes are the ERP sandbox's
/// COSTCENTER dimension values, so the ERP sync updates these rows instead of adding twins and invoices booked to them post.
/// </summary>
public sealed partial class SampleMasterDataLoader(ICostCenterStore store, IOptions<HealthFlowsOptions> options, ILogger<SampleMasterDataLoader> logger)
{
    private static readonly CostCenter[] CostCenters =
    [
        new() { Code = "LAB", Name = "Laboratory" },
        new() { Code = "MED", Name = "Internal Medicine" },
        new() { Code = "ORTHO", Name = "Orthopedics" },
        new() { Code = "CAR", Name = "Cardiology" },
        new() { Code = "PED", Name = "Pediatrics" },
        new() { Code = "EME", Name = "Emergency" },
        new() { Code = "RAD", Name = "Radiology" },
        new() { Code = "SURG", Name = "Surgery" },
        new() { Code = "DERM", Name = "Dermatology (closed)", Active = false, EffectiveTo = new DateOnly(2025, 12, 31) },
    ];

    // Departments share the cost center codes; hospital services are HL7 table 0069 codes; locations are PV1-3 points of care.
    private static readonly (CostCenterSourceKind Kind, string Source, string CostCenter)[] Mappings =
    [
        (CostCenterSourceKind.Department, "LAB", "LAB"),
        (CostCenterSourceKind.Department, "MED", "MED"),
        (CostCenterSourceKind.Department, "ORTHO", "ORTHO"),
        (CostCenterSourceKind.Department, "CAR", "CAR"),
        (CostCenterSourceKind.Department, "PED", "PED"),
        (CostCenterSourceKind.Department, "EME", "EME"),
        (CostCenterSourceKind.Department, "RAD", "RAD"),
        (CostCenterSourceKind.Department, "SURG", "SURG"),
        (CostCenterSourceKind.Department, "DERM", "DERM"),
        (CostCenterSourceKind.HospitalService, "MED", "MED"),
        (CostCenterSourceKind.HospitalService, "SUR", "SURG"),
        (CostCenterSourceKind.HospitalService, "CAR", "CAR"),
        (CostCenterSourceKind.HospitalService, "PUL", "MED"),
        (CostCenterSourceKind.Location, "ER", "EME"),
        (CostCenterSourceKind.Location, "OR", "SURG"),
        (CostCenterSourceKind.Location, "CCU", "CAR"),
        (CostCenterSourceKind.Location, "PEDS", "PED"),
    ];

    public async Task LoadAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.Samples.Load || await store.AnyCostCentersAsync(cancellationToken))
        {
            return;
        }

        await store.UpsertCostCentersAsync(CostCenters, cancellationToken);
        var mapped = await store.ImportMappingsAsync(
            [.. Mappings.Select(m => new CostCenterMapping { Kind = m.Kind, SourceCode = m.Source, CostCenterCode = m.CostCenter })], cancellationToken);
        if (!mapped.Succeeded)
        {
            LogNotSeeded(logger, mapped.Message ?? "unknown problem");
            return;
        }

        LogSeeded(logger, CostCenters.Length, Mappings.Length);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Seeded {CostCenters} sample cost centers and {Mappings} mappings.")]
    private static partial void LogSeeded(ILogger logger, int costCenters, int mappings);

    [LoggerMessage(Level = LogLevel.Error, Message = "The sample cost center mappings were not seeded: {Reason}")]
    private static partial void LogNotSeeded(ILogger logger, string reason);
}
