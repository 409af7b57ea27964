namespace JjjMatch.Host.OpenApi;

/// <summary>
/// The problem response (RFC 7807) as the API writes it, for the document only: the framework's ProblemDetails type
/// does not show the fields every 400 carries.
/// </summary>
/// <param name="Type">A link describing the status.</param>
/// <param name="Title">What went wrong, "English / 中文".</param>
/// <param name="Status">The HTTP status code.</param>
/// <param name="Detail">More about this occurrence, where there is more to say.</param>
/// <param name="TraceId">Quote it when reporting a problem; the server's logs carry it.</param>
public sealed record Problem(string Type, string Title, int Status, string? Detail, string TraceId);

/// <summary>
/// A 400: every bad field at once, keyed by its JSON path in the API's casing ("milestones[1].month", "body" for the
/// body as a whole, the parameter's name for a query value); English under errors, the same fields in Chinese under
/// errorsZh.
/// </summary>
public sealed record ValidationProblem(
    string Type,
    string Title,
    int Status,
    string Detail,
    IReadOnlyDictionary<string, string[]> Errors,
    IReadOnlyDictionary<string, string[]> ErrorsZh,
    string TraceId
);
