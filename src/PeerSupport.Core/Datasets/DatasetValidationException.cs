using System.Collections.Immutable;

namespace PeerSupport.Datasets;

/// <summary>
/// Thrown by <see cref="DatasetBuildResult.GetValueOrThrow"/> when a dataset could not be built or read; <see cref="Problems"/>
/// lists every problem found. An <see cref="InvalidOperationException"/>, like the other results' <c>GetValueOrThrow</c>.
/// </summary>
public sealed class DatasetValidationException : InvalidOperationException
{
    /// <summary>Initializes a new exception.</summary>
    public DatasetValidationException()
    {
        Problems = [];
    }

    /// <summary>Initializes a new exception with a message.</summary>
    /// <param name="message">The message.</param>
    public DatasetValidationException(string message)
        : base(message)
    {
        Problems = [];
    }

    /// <summary>Initializes a new exception with a message and an inner exception.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The inner exception.</param>
    public DatasetValidationException(string message, Exception innerException)
        : base(message, innerException)
    {
        Problems = [];
    }

    /// <summary>Initializes a new exception for a list of problems.</summary>
    /// <param name="problems">The problems; the errors are summarised in the message.</param>
    public DatasetValidationException(ImmutableArray<Problem> problems)
        : base(Summarise(problems))
    {
        Problems = problems;
    }

    /// <summary>Gets every problem found (errors and warnings).</summary>
    public ImmutableArray<Problem> Problems { get; }

    private static string Summarise(ImmutableArray<Problem> problems)
    {
        var errors = problems.Where(p => p.Severity == ProblemSeverity.Error).ToList();
        var shown = string.Join(Environment.NewLine, errors.Take(20).Select(p => "  " + p));
        var more = errors.Count > 20 ? $"{Environment.NewLine}  ... and {errors.Count - 20} more" : string.Empty;
        return $"The dataset is invalid: {errors.Count} error(s).{Environment.NewLine}{shown}{more}";
    }
}
