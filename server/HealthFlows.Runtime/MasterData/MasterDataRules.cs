namespace HealthFlows.Runtime.MasterData;

/// <summary>
/// The shape every cost center and mapping must have, and the normal form they are stored in. Codes are compared
/// upper-case on every database (SQL Server compares case-insensitively, SQLite and PostgreSQL do not), like the
/// ERP's own Code fields.
/// </summary>
public static class MasterDataRules
{
    public const int CodeMaxLength = 20;
    public const int NameMaxLength = 100;
    public const int SourceCodeMaxLength = 64;
    public const int ErpIdMaxLength = 64;

    /// <summary>Trimmed and upper-case; empty for null.</summary>
    public static string NormalizeCode(string? code) => (code ?? "").Trim().ToUpperInvariant();

    public static CostCenter Normalize(CostCenter costCenter)
    {
        ArgumentNullException.ThrowIfNull(costCenter);
        return costCenter with
        {
            Code = NormalizeCode(costCenter.Code),
            Name = (costCenter.Name ?? "").Trim(),
            ErpId = string.IsNullOrWhiteSpace(costCenter.ErpId) ? null : costCenter.ErpId.Trim(),
        };
    }

    public static CostCenterMapping Normalize(CostCenterMapping mapping)
    {
        ArgumentNullException.ThrowIfNull(mapping);
        return mapping with { SourceCode = NormalizeCode(mapping.SourceCode), CostCenterCode = NormalizeCode(mapping.CostCenterCode) };
    }

    /// <summary>Every problem of a (normalized) cost center; <paramref name="index"/> is its position in a batch.</summary>
    public static List<MasterDataProblem> Check(CostCenter costCenter, int index = 0)
    {
        ArgumentNullException.ThrowIfNull(costCenter);
        var problems = new List<MasterDataProblem>();
        CheckCode(problems, index, "code", costCenter.Code, CodeMaxLength);
        if (string.IsNullOrEmpty(costCenter.Name))
        {
            problems.Add(new(index, "name", "A cost center needs a name."));
        }
        else if (costCenter.Name.Length > NameMaxLength)
        {
            problems.Add(new(index, "name", $"The name is at most {NameMaxLength} characters."));
        }

        if (costCenter.EffectiveFrom is { } from && costCenter.EffectiveTo is { } to && to < from)
        {
            problems.Add(new(index, "effectiveTo", $"effectiveTo ({to:yyyy-MM-dd}) is before effectiveFrom ({from:yyyy-MM-dd})."));
        }

        if (costCenter.ErpId is { Length: > ErpIdMaxLength })
        {
            problems.Add(new(index, "erpId", $"The ERP id is at most {ErpIdMaxLength} characters."));
        }

        return problems;
    }

    /// <summary>Every problem of a (normalized) mapping's own fields; whether its cost center exists is the store's check.</summary>
    public static List<MasterDataProblem> Check(CostCenterMapping mapping, int index = 0)
    {
        ArgumentNullException.ThrowIfNull(mapping);
        var problems = new List<MasterDataProblem>();
        if (!Enum.IsDefined(mapping.Kind))
        {
            problems.Add(new(index, "kind", "kind is Department, Location or HospitalService."));
        }

        CheckCode(problems, index, "sourceCode", mapping.SourceCode, SourceCodeMaxLength);
        CheckCode(problems, index, "costCenterCode", mapping.CostCenterCode, CodeMaxLength);
        return problems;
    }

    // A slash would make the code unusable in a URL path segment; control characters are never a real code.
    private static void CheckCode(List<MasterDataProblem> problems, int index, string field, string? code, int maxLength)
    {
        if (string.IsNullOrEmpty(code))
        {
            problems.Add(new(index, field, $"{field} is required."));
        }
        else if (code.Length > maxLength)
        {
            problems.Add(new(index, field, $"{field} is at most {maxLength} characters (got {code.Length})."));
        }
        else if (code.Any(c => char.IsControl(c) || c is '/' or '\\'))
        {
            problems.Add(new(index, field, $"{field} cannot contain control characters, '/' or '\\'."));
        }
    }
}
