namespace PeerSupport.Datasets;

/// <summary>Collects the errors and warnings of one build.</summary>
internal sealed class BuildContext(List<DatasetProblem> errors, List<DatasetProblem> warnings)
{
    public void Error(string code, string message, RecordLocation at, string? field)
        => errors.Add(DatasetProblem.At(DatasetProblemSeverity.Error, code, message, at, field));

    public void Warning(string code, string message, RecordLocation at, string? field)
        => warnings.Add(DatasetProblem.At(DatasetProblemSeverity.Warning, code, message, at, field));
}
