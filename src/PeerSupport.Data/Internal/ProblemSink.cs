using PeerSupport.Datasets;

namespace PeerSupport.Data.Internal;

/// <summary>Passes the problems a reader finds to the dataset builder, so they are reported with those found at build time.</summary>
internal sealed class ProblemSink(DatasetBuilder builder)
{
    public bool HasErrors { get; private set; }

    public void Error(string code, string message, string? source, int line, int column, string? field)
    {
        HasErrors = true;
        builder.AddProblem(new DatasetProblem(DatasetProblemSeverity.Error, code, message, source, line, column, field));
    }

    public void Warning(string code, string message, string? source, int line, int column, string? field)
        => builder.AddProblem(new DatasetProblem(DatasetProblemSeverity.Warning, code, message, source, line, column, field));
}
