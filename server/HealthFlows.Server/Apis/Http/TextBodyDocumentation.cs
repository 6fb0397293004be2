using Microsoft.OpenApi;

namespace HealthFlows.Server.Apis.Http;

/// <summary>
/// Documents a text request body (such as an HL7 v2 message) in OpenAPI without <c>Accepts()</c>, for the same reason
/// as <see cref="JsonBodyDocumentation"/>: the handler checks the Content-Type itself and answers 415.
/// </summary>
public static class TextBodyDocumentation
{
    public static RouteHandlerBuilder DocumentsTextBody(this RouteHandlerBuilder builder, string description, params string[] mediaTypes) =>
        builder.AddOpenApiOperationTransformer((operation, _, _) =>
        {
            operation.RequestBody = new OpenApiRequestBody
            {
                Required = true,
                Description = description,
                Content = mediaTypes.ToDictionary(type => type, _ => new OpenApiMediaType { Schema = new OpenApiSchema { Type = JsonSchemaType.String } }),
            };
            return Task.CompletedTask;
        });
}
