namespace PeerSupport.Datasets;

/// <summary>Collects the errors and warnings of one build.</summary>
internal sealed class BuildContext(List<Problem> errors, List<Problem> warnings)
{
    public void Error(string code, string message, RecordLocation at, string? field)
        => errors.Add(at.ProblemAt(ProblemSeverity.Error, code, message, field));

    public void Warning(string code, string message, RecordLocation at, string? field)
        => warnings.Add(at.ProblemAt(ProblemSeverity.Warning, code, message, field));
}
