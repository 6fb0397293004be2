using System.Text.Json;

namespace HealthFlows.Server.Apis.Contracts;

/// <summary>A parsed HL7 v2 message: its header, the values at the requested paths, and the typed ADT/DFT view.</summary>
/// <param name="Valid">Always true: an invalid message answers 422 instead.</param>
/// <param name="MessageType">MSH-9, e.g. <c>ADT^A01</c>.</param>
/// <param name="ControlId">MSH-10.</param>
/// <param name="Values">Each requested path with its unescaped value; null for an explicit HL7 null (<c>""</c>), "" for empty or absent.</param>
/// <param name="Adt">The typed view (patient, visit, merge, charge lines), as the Parse ADT activity outputs it.</param>
public sealed record Hl7ParseResponse(bool Valid, string MessageType, string ControlId, IReadOnlyDictionary<string, string?> Values, JsonElement Adt);
