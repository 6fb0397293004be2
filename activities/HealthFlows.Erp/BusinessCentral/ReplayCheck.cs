namespace HealthFlows.Erp.BusinessCentral;

/// <summary>
/// Asks the ERP, before an attempt of a request that is not safe to repeat, whether an earlier attempt already took
/// effect: answers the response that attempt would have given, or null to send the request. <paramref name="send"/>
/// sends a request through the rest of the handler chain (signed, unretried).
/// </summary>
internal delegate Task<HttpResponseMessage?> ReplayCheck(
    Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>> send, CancellationToken cancellationToken);
