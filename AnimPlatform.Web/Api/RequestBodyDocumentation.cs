using AnimPlatform.Web.Api.Contracts;
using Microsoft.OpenApi;

namespace AnimPlatform.Web.Api;

/// <summary>
/// Describes the hand-read body of render/validate in the OpenAPI document. (Accepts() would also make
/// routing refuse other content types, but curl -d and friends send the manifest text under any type.)
/// </summary>
internal static class RequestBodyDocumentation
{
    public static RouteHandlerBuilder DocumentsRenderRequestBody(this RouteHandlerBuilder endpoint) =>
        endpoint.AddOpenApiOperationTransformer(async (operation, context, cancellationToken) =>
        {
            var text = new OpenApiMediaType { Schema = new OpenApiSchema { Type = JsonSchemaType.String } };
            operation.RequestBody = new OpenApiRequestBody
            {
                Required = true,
                Description = "A JSON request object, or the show/scene itself as JSON, or the manifest as YAML/JSON text.",
                Content = new Dictionary<string, OpenApiMediaType>
                {
                    ["application/json"] = new() { Schema = await context.GetOrCreateSchemaAsync(typeof(RenderRequestBody), null, cancellationToken) },
                    ["text/yaml"] = text,
                    ["text/plain"] = text,
                },
            };
        });
}
