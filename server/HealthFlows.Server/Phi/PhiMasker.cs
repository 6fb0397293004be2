using System.Text.Json;
using HealthFlows.Runtime.DeadLetters;
using HealthFlows.Server.Apis.Contracts;
using Microsoft.Extensions.Options;

namespace HealthFlows.Server.Phi;

/// <summary>
/// Masks patient data in the payloads the API shows: JSON properties by name (their whole value, any depth), and HL7 v2
/// text inside any string field-wise. A string holding JSON is masked as JSON. Structure stays, so a masked payload still
/// shows what ran and with which shape.
/// </summary>
public sealed class PhiMasker
{
    private readonly HashSet<string> properties;
    private readonly HashSet<string>? visible;
    private readonly Hl7TextMasker hl7;
    private readonly string mask;

    public PhiMasker(IOptions<PhiOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var value = options.Value;
        mask = value.Mask;
        properties = new HashSet<string>(value.EffectiveJsonProperties, StringComparer.OrdinalIgnoreCase);
        visible = value.MaskFreeText ? new HashSet<string>(value.EffectiveVisibleProperties, StringComparer.OrdinalIgnoreCase) : null;
        var rules = value.EffectiveHl7Fields.Select(f => Hl7FieldRule.TryParse(f, out var rule)
            ? rule
            : throw new InvalidOperationException($"HealthFlows:Phi:Hl7Fields holds '{f}', which is not SEG-n (such as PID-5).")).ToList();
        hl7 = new Hl7TextMasker(rules, mask);
    }

    public JsonElement? Mask(JsonElement? value) => value is { } element ? Mask(element) : null;

    public JsonElement Mask(JsonElement value)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            Write(writer, value, masked: false, shown: false);
        }

        return JsonDocument.Parse(buffer.ToArray()).RootElement.Clone();
    }

    /// <summary>Masks HL7 (or JSON) inside text; other text is returned as is, or masked whole with <see cref="PhiOptions.MaskFreeText"/>.</summary>
    public string? MaskText(string? text) => MaskText(text, shown: false);

    private string? MaskText(string? text, bool shown)
    {
        var masked = MaskEmbedded(text, out var found);
        return !found && visible is not null && !shown && !string.IsNullOrEmpty(text) ? mask : masked;
    }

    /// <summary>Masks HL7 (or JSON) inside text; other text is returned as is (<paramref name="found"/> false).</summary>
    private string? MaskEmbedded(string? text, out bool found)
    {
        found = true;
        if (string.IsNullOrEmpty(text))
        {
            return text;
        }

        if (hl7.TryMask(text, out var masked))
        {
            return masked;
        }

        var trimmed = text.AsSpan().Trim();
        if (trimmed.Length > 1 && (trimmed[0] == '{' || trimmed[0] == '['))
        {
            try
            {
                using var document = JsonDocument.Parse(text);
                return Mask(document.RootElement).GetRawText();
            }
            catch (JsonException)
            {
                // Not JSON after all: plain text.
            }
        }

        found = false;
        return text;
    }

    public WorkflowInstanceResponse Mask(WorkflowInstanceResponse instance)
    {
        ArgumentNullException.ThrowIfNull(instance);
        return instance with
        {
            Input = Mask(instance.Input),
            Output = Mask(instance.Output),
            Variables = instance.Variables.ToDictionary(v => v.Key, v => properties.Contains(v.Key) ? MaskAll(v.Value) : Mask(v.Value)),
            Journal = [.. instance.Journal.Select(Mask)],
            Incidents = [.. instance.Incidents.Select(Mask)],
        };
    }

    public JournalEntryResponse Mask(JournalEntryResponse entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return entry with { Inputs = Mask(entry.Inputs), Outputs = Mask(entry.Outputs), Message = MaskText(entry.Message) };
    }

    public ExecutionResponse Mask(ExecutionResponse execution)
    {
        ArgumentNullException.ThrowIfNull(execution);
        return execution with { Output = Mask(execution.Output), Incidents = [.. execution.Incidents.Select(Mask)] };
    }

    public IncidentResponse Mask(IncidentResponse incident)
    {
        ArgumentNullException.ThrowIfNull(incident);
        // Incidents keep their plain text even with MaskFreeText: they are what an operator diagnoses with.
        return incident with { Message = MaskEmbedded(incident.Message, out _) ?? "" };
    }

    public DeadLetter Mask(DeadLetter deadLetter)
    {
        ArgumentNullException.ThrowIfNull(deadLetter);
        return deadLetter with { Payload = Mask(deadLetter.Payload), Errors = [.. deadLetter.Errors.Select(e => e with { Error = Mask(e.Error) })] };
    }

    private JsonElement MaskAll(JsonElement value)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            Write(writer, value, masked: true, shown: false);
        }

        return JsonDocument.Parse(buffer.ToArray()).RootElement.Clone();
    }

    private void Write(Utf8JsonWriter writer, JsonElement value, bool masked, bool shown)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.Object:
                writer.WriteStartObject();
                foreach (var property in value.EnumerateObject())
                {
                    writer.WritePropertyName(property.Name);
                    Write(writer, property.Value, masked || properties.Contains(property.Name), visible?.Contains(property.Name) == true);
                }

                writer.WriteEndObject();
                break;
            case JsonValueKind.Array:
                writer.WriteStartArray();
                foreach (var item in value.EnumerateArray())
                {
                    Write(writer, item, masked, shown);
                }

                writer.WriteEndArray();
                break;
            case JsonValueKind.String:
                writer.WriteStringValue(masked ? mask : MaskText(value.GetString(), shown));
                break;
            case JsonValueKind.Number when masked:
                writer.WriteStringValue(mask);
                break;
            default:
                value.WriteTo(writer);
                break;
        }
    }
}
