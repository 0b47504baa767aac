using PeerSupport.Datasets;

namespace PeerSupport.Data.Internal;

/// <summary>Passes the problems a reader finds to the dataset builder, so they are reported with those found at build time.</summary>
internal sealed class ProblemSink(DatasetBuilder builder)
{
    public bool HasErrors { get; private set; }

    public void Error(string code, string message, string? source, int line, int column, string? field)
    {
        HasErrors = true;
        builder.AddProblem(new Problem(ProblemSeverity.Error, code, message, source, jsonPointer: null, line, column, field));
    }

    public void Warning(string code, string message, string? source, int line, int column, string? field)
        => builder.AddProblem(new Problem(ProblemSeverity.Warning, code, message, source, jsonPointer: null, line, column, field));

    /// <summary>Reports an error in a JSON file (dataset.json), located by the JSON pointer of the offending value.</summary>
    public void PointerError(string code, string message, string source, string jsonPointer)
    {
        HasErrors = true;
        builder.AddProblem(new Problem(ProblemSeverity.Error, code, message, source, jsonPointer));
    }

    /// <summary>Reports a warning in a JSON file (dataset.json), located by the JSON pointer of the value.</summary>
    public void PointerWarning(string code, string message, string source, string jsonPointer)
        => builder.AddProblem(new Problem(ProblemSeverity.Warning, code, message, source, jsonPointer));
}
