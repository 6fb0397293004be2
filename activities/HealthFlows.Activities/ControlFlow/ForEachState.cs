using System.Text.Json;

namespace HealthFlows.Activities.ControlFlow;

/// <summary>Where a running ForEach is: the items it took at the start and the current position.</summary>
public sealed record ForEachState(JsonElement Items, int Index);
