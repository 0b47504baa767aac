namespace PeerSupport.Datasets;

/// <summary>How serious a dataset problem is. The default value is <see cref="Error"/>.</summary>
public enum DatasetProblemSeverity
{
    /// <summary>The dataset cannot be built; nothing is returned.</summary>
    Error,

    /// <summary>The dataset is built, but something may be wrong (for example a missing attendance row, read as absent).</summary>
    Warning,
}
