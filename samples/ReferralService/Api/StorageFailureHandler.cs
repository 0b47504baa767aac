using Microsoft.AspNetCore.Diagnostics;
using Microsoft.Data.Sqlite;

namespace PeerSupport.Samples.ReferralService.Api;

/// <summary>
/// Answers a failed database read or write (disk full, read-only file, I/O error) with 503 ProblemDetails: nothing was
/// stored, try again. Logs the SQLite error code only (never the SQL parameters, which hold member data).
/// </summary>
internal sealed partial class StorageFailureHandler(IProblemDetailsService problems, ILogger<StorageFailureHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not SqliteException sqlite)
        {
            return false;
        }

        LogStorageFailure(logger, sqlite.SqliteErrorCode, sqlite.SqliteExtendedErrorCode);
        httpContext.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails =
            {
                Status = StatusCodes.Status503ServiceUnavailable,
                Title = "Storage unavailable",
                Detail = "The database could not be read or written; nothing was changed by this request. Try again later.",
            },
        }).ConfigureAwait(false);
    }

    [LoggerMessage(EventId = 2, Level = LogLevel.Error, Message = "Storage failure (SQLite error {SqliteErrorCode}/{ExtendedErrorCode}); the request was answered 503.")]
    private static partial void LogStorageFailure(ILogger logger, int sqliteErrorCode, int extendedErrorCode);
}
