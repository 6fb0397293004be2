using HealthFlows.Activities.Mllp;
using HealthFlows.Hl7;
using HealthFlows.Runtime.Definitions;

namespace HealthFlows.Server.Triggers.Mllp;

/// <summary>What a listening port feeds: the published version it starts, its listener settings and how it parses.</summary>
internal sealed record MllpBinding(WorkflowDefinitionVersion Version, MllpListenerSettings Settings, Hl7ParseOptions ParseOptions)
{
    public string DefinitionId => Version.DefinitionId;
}
