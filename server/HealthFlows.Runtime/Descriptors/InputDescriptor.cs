using System.Text.Json;
using HealthFlows.Runtime.Model;

namespace HealthFlows.Runtime.Descriptors;

/// <summary>One activity input as the designer shows it.</summary>
public sealed record InputDescriptor(
    string Name,
    string DisplayName,
    string Description,
    string Type,
    string UIHint,
    IReadOnlyList<string>? Options,
    JsonElement? DefaultValue,
    bool Required,
    InputMode DefaultMode);
