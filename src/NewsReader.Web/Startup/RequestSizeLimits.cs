using Microsoft.AspNetCore.Http.Metadata;

namespace NewsReader.Web.Startup;

/// <summary>
/// A request whose declared length is past its endpoint's size limit (<c>[RequestSizeLimit]</c>) is answered 413
/// before anything reads its body. Left to the server, the limit is found while the antiforgery check reads the form,
/// which turns it into a 400 that says nothing of the size.
/// </summary>
public static class RequestSizeLimits
{
    public static IApplicationBuilder UseDeclaredRequestSizeLimits(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            var limit = context.GetEndpoint()?.Metadata.GetMetadata<IRequestSizeLimitMetadata>()?.MaxRequestBodySize;
            if (limit is long max && context.Request.ContentLength > max)
            {
                context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
                return;
            }

            await next(context);
        });
}
