using Microsoft.OpenApi;

namespace HealthFlows.Server.Apis.Http;

/// <summary>
/// Documents a JSON request body in OpenAPI without <c>Accepts&lt;T&gt;()</c>, whose content-type matching would turn
/// a missing or wrong Content-Type into a routing miss; the handlers read bodies themselves and answer 415.
/// </summary>
public static class JsonBodyDocumentation
{
    public static RouteHandlerBuilder DocumentsJsonBody<T>(this RouteHandlerBuilder builder, bool required = true) =>
        builder.AddOpenApiOperationTransformer(async (operation, context, cancellationToken) =>
        {
            var schema = await context.GetOrCreateSchemaAsync(typeof(T), null, cancellationToken);
            operation.RequestBody = new OpenApiRequestBody
            {
                Required = required,
                Content = new Dictionary<string, OpenApiMediaType> { ["application/json"] = new() { Schema = schema } },
            };
        });
}
