using Microsoft.AspNetCore.Diagnostics;

namespace PeerSupport.Samples.ReferralService.Api;

/// <summary>
/// Turns a request the framework could not bind (malformed JSON, a wrong type, a bad query value) into a 400
/// ProblemDetails naming the parameter, instead of a 500. The request body is never echoed or logged.
/// </summary>
internal sealed class BadRequestHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not BadHttpRequestException bad)
        {
            return false;
        }

        httpContext.Response.StatusCode = bad.StatusCode;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails =
            {
                Status = bad.StatusCode,
                Title = "The request could not be read",
                Detail = bad.Message,
            },
        }).ConfigureAwait(false);
    }
}
