namespace HealthFlows.Erp.BusinessCentral;

/// <summary>
/// Sits inside the retry, so it runs for every attempt: a request carrying a <see cref="ReplayCheck"/> is sent only when
/// the check finds that no earlier attempt took effect. This is what lets the retry repeat a POST whose answer was lost
/// (a timeout, a 5xx after sending) without creating a second invoice.
/// </summary>
internal sealed class ReplayGuardHandler : DelegatingHandler
{
    public static readonly HttpRequestOptionsKey<ReplayCheck> Check = new("HealthFlows.Erp.ReplayCheck");

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.Options.TryGetValue(Check, out var check)
            && await check((lookup, token) => base.SendAsync(lookup, token), cancellationToken) is { } earlier)
        {
            return earlier;
        }

        return await base.SendAsync(request, cancellationToken);
    }
}
