using System.Text.Json;
using HealthFlows.Runtime.Execution;
using HealthFlows.Runtime.Instances;

namespace HealthFlows.Server.Triggers.Mllp;

/// <summary>
/// Whether the workflow accepted a stored message, which decides AA or AE. A workflow rejects a message when
/// it faults or is cancelled, or when it finishes with an output whose <c>accepted</c> is false (the reasons come
/// from its <c>reasons</c> or <c>error</c>). Anything else is acceptance, including a workflow still waiting or
/// still running when the ACK timeout passed: the message is stored and will be worked.
/// </summary>
internal sealed record WorkflowVerdict(bool Accepted, string? Text)
{
    public static WorkflowVerdict Pending { get; } = new(true, "Stored; processing continues.");

    public static WorkflowVerdict From(RunResult result)
    {
        if (result.Status != RunStatus.Ok || result.Instance is not { } instance)
        {
            // Another runner took the instance (a conflict) or it went missing; the message was stored either way.
            return Pending;
        }

        return instance.SubStatus switch
        {
            WorkflowSubStatus.Faulted => new(false, result.Incidents.FirstOrDefault()?.Message ?? "The workflow faulted."),
            WorkflowSubStatus.Cancelled => new(false, "The workflow was cancelled."),
            WorkflowSubStatus.Completed when instance.Output is { ValueKind: JsonValueKind.Object } output
                && output.TryGetProperty("accepted", out var accepted) && accepted.ValueKind == JsonValueKind.False
                => new(false, Reasons(output)),
            _ => new(true, null),
        };
    }

    private static string Reasons(JsonElement output)
    {
        if (output.TryGetProperty("reasons", out var reasons) && reasons.ValueKind == JsonValueKind.Array)
        {
            var texts = reasons.EnumerateArray().Where(r => r.ValueKind == JsonValueKind.String).Select(r => r.GetString()).ToList();
            if (texts.Count > 0)
            {
                return string.Join("; ", texts);
            }
        }

        return output.TryGetProperty("error", out var error) && error.ValueKind == JsonValueKind.String
            ? error.GetString()!
            : "The workflow rejected the message.";
    }
}
