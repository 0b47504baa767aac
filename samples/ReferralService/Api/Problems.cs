namespace PeerSupport.Samples.ReferralService.Api;

/// <summary>The service's problem responses (RFC 9457 ProblemDetails, one shape everywhere).</summary>
internal static class Problems
{
    /// <summary>404 for a record that does not exist or that the caller may not see (the two are indistinguishable).</summary>
    public static IResult NotFound(string kind, string id) =>
        Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: $"No {kind} '{id}' is visible to this API key.");

    /// <summary>400 with errors keyed by the JSON pointer of the offending value.</summary>
    public static IResult Invalid(Dictionary<string, string[]> errors) =>
        Results.ValidationProblem(errors, title: "The request is invalid", detail: "See errors: each key is the JSON pointer of the offending value.");

    /// <summary>409.</summary>
    public static IResult Conflict(string detail) => Results.Problem(statusCode: StatusCodes.Status409Conflict, title: "Conflict", detail: detail);

    /// <summary>422 with every problem found, each as its code, JSON pointer (<c>path</c>, empty when none), line, column and message.</summary>
    public static IResult Unprocessable(string title, string detail, IEnumerable<Problem> problems) =>
        Results.Problem(statusCode: StatusCodes.Status422UnprocessableEntity, title: title, detail: detail, extensions: new Dictionary<string, object?> { ["errors"] = problems.Select(View).ToArray() });

    /// <summary>The JSON shape of one problem: code, JSON pointer (<c>path</c>, empty when none), line, column (0 when not known) and message.</summary>
    public static object View(Problem problem) =>
        new { code = problem.Code, path = problem.JsonPointer ?? string.Empty, line = problem.Line, column = problem.Column, message = problem.Message };

    /// <summary>503 when the decision log (or the state store) cannot be written.</summary>
    public static IResult Unavailable(string detail) =>
        Results.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "Storage unavailable", detail: detail);
}
