using System.Text.Json;
using HealthFlows.Runtime.Activities;
using HealthFlows.Runtime.Model;

namespace HealthFlows.Activities.Http;

/// <summary>
/// Sets the answer of the request that started the run (HTTP Endpoint in sync mode). Only the first HTTP Response
/// of the run counts, and the server sends it after the run was saved. Without a waiting request (async mode, a run
/// resumed later, a test run) it notes that in the journal and goes on.
/// </summary>
[Activity("HttpResponse", "HTTP", DisplayName = "HTTP Response", Icon = "reply",
    Description = "Sets the status, headers and body the waiting HTTP request gets (HTTP Endpoint in sync mode); the first one in a run wins.")]
public sealed class HttpResponse : Activity
{
    [Input(DisplayName = "Status code", Description = "The HTTP status, 200-599.")]
    public Input<int> StatusCode { get; } = new(200);

    [Input(Description = "Extra response headers, e.g. { \"X-Message-Id\": \"...\" }.", UIHint = "json")]
    public Input<Dictionary<string, string>> Headers { get; } = new([]);

    [Input(DisplayName = "Content type", Description = "The body's media type; by default text/plain for text and application/json otherwise (e.g. application/hl7-v2 for an ACK).")]
    public Input<string> ContentType { get; } = new();

    [Input(Description = "The body: text is sent as it is, anything else as JSON; empty sends no body.", UIHint = "json", DefaultMode = InputMode.Expression)]
    public Input<JsonElement> Body { get; } = new();

    [Output(Description = "Whether a waiting request took this response (false when none waits or an earlier HTTP Response answered).")]
    public Output<bool> Sent { get; } = new();

    public override ValueTask<ActivityResult> ExecuteAsync(ActivityExecutionContext context)
    {
        var status = context.Get(StatusCode);
        if (status is < 200 or > 599)
        {
            throw new InvalidOperationException($"HTTP Response status {status} is not between 200 and 599.");
        }

        var body = context.GetJson(Body);
        string? text = body?.ValueKind switch
        {
            null or JsonValueKind.Null or JsonValueKind.Undefined => null,
            JsonValueKind.String => body.Value.GetString(),
            _ => body.Value.GetRawText(),
        };
        var contentType = context.Get(ContentType) is { Length: > 0 } given ? given
            : text is null ? null
            : body!.Value.ValueKind == JsonValueKind.String ? "text/plain; charset=utf-8" : "application/json";

        var reply = new HttpReply(status, context.Get(Headers) ?? [], contentType, text);
        var sent = context.Features.Get<HttpReplySlot>()?.TryFill(reply) ?? false;
        context.Set(Sent, sent);
        context.JournalMessage = sent ? $"Answered the waiting request with {status}." : "No request waits for this response (async mode, a resumed run, or an earlier HTTP Response answered).";
        return ValueTask.FromResult(ActivityResult.Done());
    }
}
