namespace HealthFlows.Server.Auditing;

/// <summary>Audits every endpoint of a group whose operation id is in <see cref="AuditCatalog"/>; others pass straight through.</summary>
public static class AuditEndpointFilter
{
    /// <summary>Adds the audit filter to every endpoint mapped on <paramref name="builder"/>, including ones mapped later.</summary>
    public static TBuilder AddAuditing<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilter(async (invocation, next) =>
        {
            var http = invocation.HttpContext;
            var name = http.GetEndpoint()?.Metadata.GetMetadata<IEndpointNameMetadata>()?.EndpointName;
            if (name is null || !AuditCatalog.Operations.TryGetValue(name, out var operation))
            {
                return await next(invocation);
            }

            var recorder = http.RequestServices.GetRequiredService<AuditRecorder>();
            var before = await recorder.BeforeAsync(operation, http);
            var result = await next(invocation);

            // Recorded before the response is written: a reveal whose entry cannot be written never shows its payload.
            await recorder.RecordAsync(operation, http, before, result);
            return result;
        });
}
