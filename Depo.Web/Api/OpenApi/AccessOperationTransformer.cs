using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Depo.Web.Api.OpenApi;

/// <summary>Appends each route's <see cref="AccessAttribute"/> to its OpenAPI description.</summary>
public sealed class AccessOperationTransformer : IOpenApiOperationTransformer
{
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var access = context.Description.ActionDescriptor.EndpointMetadata.OfType<AccessAttribute>().LastOrDefault();
        if (access is not null)
            operation.Description = string.Join(" ", new[] { operation.Description, access.Describe() }.Where(t => !string.IsNullOrEmpty(t)));
        return Task.CompletedTask;
    }
}
