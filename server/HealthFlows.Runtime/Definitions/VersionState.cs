namespace HealthFlows.Runtime.Definitions;

/// <summary>The life of a definition version: one draft at most, one published at most, the rest archived.</summary>
public enum VersionState
{
    Draft,
    Published,
    Archived,
}
