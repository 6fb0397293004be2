using System.Text.Json;
using HealthFlows.Runtime.Activities;
using HealthFlows.Runtime.Model;

namespace HealthFlows.Activities.Http;

/// <summary>
/// Suspends the branch until someone posts to /workflows/callbacks/{name}/{correlationId} (an ERP confirming a
/// posting, say); the posted body becomes the Payload output. The bookmark resumes once.
/// </summary>
[Activity("WaitForHttpCallback", "HTTP", DisplayName = "Wait for HTTP Callback", IsBlocking = true, Icon = "clock",
    Description = "Waits until POST /workflows/callbacks/{name}/{correlationId} arrives; its body becomes the payload. Resumes once.")]
public sealed class WaitForHttpCallback : Activity
{
    [Input(Description = "The callback's name, one URL segment (letters, digits, '.', '_', '-'), e.g. erp-invoice-posted.", Required = true)]
    public Input<string> Name { get; } = new();

    [Input(DisplayName = "Correlation id", Description = "What the caller puts in the URL to find this wait; by default the instance's correlation id.", DefaultMode = InputMode.Expression)]
    public Input<string> CorrelationId { get; } = new();

    [Input(Description = "Who may call back: anonymous, apiKey or role:<name>.")]
    public Input<string> Authorization { get; } = new("apiKey");

    [Output(DisplayName = "Callback path", Description = "The path to post to, e.g. /workflows/callbacks/erp-invoice-posted/INV-1; hand it to the system that calls back.")]
    public Output<string> CallbackPath { get; } = new();

    [Output(Description = "The body of the callback request: JSON, or text for other media types.")]
    public Output<JsonElement> Payload { get; } = new();

    public override ValueTask<ActivityResult> ExecuteAsync(ActivityExecutionContext context)
    {
        var name = context.Get(Name)?.Trim();
        if (!HttpCallbacks.IsValidName(name))
        {
            throw new InvalidOperationException($"Callback name '{name}' must be 1-100 letters, digits, '.', '_' or '-'.");
        }

        var correlationId = context.Get(CorrelationId) is { Length: > 0 } given ? given : context.CorrelationId;
        if (string.IsNullOrWhiteSpace(correlationId))
        {
            throw new InvalidOperationException("Wait for HTTP Callback needs a correlation id: set its input or start the instance with one.");
        }

        var authorizationText = context.Get(Authorization);
        if (!HttpAuthorization.TryParse(authorizationText, out var authorization))
        {
            throw new InvalidOperationException($"Authorization '{authorizationText}' is not anonymous, apiKey or role:<name>.");
        }

        context.Set(CallbackPath, HttpCallbacks.PathFor(name!, correlationId));
        var data = JsonSerializer.SerializeToElement(new { authorization = authorization.ToString() });
        return ValueTask.FromResult(ActivityResult.Suspend(new BookmarkRequest(HttpCallbacks.BookmarkName, CorrelationKey: HttpCallbacks.Key(name!, correlationId), Data: data)));
    }

    public override ValueTask<ActivityResult> ResumeAsync(ActivityExecutionContext context)
    {
        context.Set(Payload, context.ResumePayload ?? JsonSerializer.SerializeToElement<object?>(null));
        return ValueTask.FromResult(ActivityResult.Done());
    }
}
