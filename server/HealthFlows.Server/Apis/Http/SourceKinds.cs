using HealthFlows.Runtime.MasterData;

namespace HealthFlows.Server.Apis.Http;

/// <summary>Reads a <see cref="CostCenterSourceKind"/> from a route or a CSV field by name, in any case (never by number).</summary>
public static class SourceKinds
{
    public static string Names { get; } = string.Join(", ", Enum.GetNames<CostCenterSourceKind>());

    public static bool TryParse(string? text, out CostCenterSourceKind kind)
    {
        var name = Enum.GetNames<CostCenterSourceKind>().FirstOrDefault(n => string.Equals(n, text?.Trim(), StringComparison.OrdinalIgnoreCase));
        kind = name is null ? default : Enum.Parse<CostCenterSourceKind>(name);
        return name is not null;
    }
}
