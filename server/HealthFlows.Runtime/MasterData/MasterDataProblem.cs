namespace HealthFlows.Runtime.MasterData;

/// <summary>One thing wrong with a master data item.</summary>
/// <param name="Index">The item's position in the list it came in (0 for a single item).</param>
/// <param name="Field">The field at fault, camelCase (e.g. <c>costCenterCode</c>).</param>
/// <param name="Message">What is wrong, for a person.</param>
public sealed record MasterDataProblem(int Index, string Field, string Message);
