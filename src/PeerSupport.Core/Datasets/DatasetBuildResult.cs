using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;

namespace PeerSupport.Datasets;

/// <summary>
/// The outcome of building or reading a dataset: the dataset, or every error found. Warnings are kept
/// either way. Nothing half-built is ever returned: <see cref="Dataset"/> is <see langword="null"/>
/// whenever there is an error.
/// </summary>
public sealed class DatasetBuildResult
{
    internal DatasetBuildResult(PeerSupportDataset? dataset, ImmutableArray<Problem> problems)
    {
        Dataset = dataset;
        Problems = problems;
    }

    /// <summary>Gets the dataset, or <see langword="null"/> when there were errors.</summary>
    public PeerSupportDataset? Dataset { get; }

    /// <summary>Gets every problem found, errors first in the order found, then warnings.</summary>
    public ImmutableArray<Problem> Problems { get; }

    /// <summary>Gets a value indicating whether the dataset was built (then <see cref="Dataset"/> is not null).</summary>
    [MemberNotNullWhen(true, nameof(Dataset))]
    public bool Succeeded => Dataset is not null;

    /// <summary>Gets the errors.</summary>
    public IEnumerable<Problem> Errors => Problems.Where(p => p.Severity == ProblemSeverity.Error);

    /// <summary>Gets the warnings.</summary>
    public IEnumerable<Problem> Warnings => Problems.Where(p => p.Severity == ProblemSeverity.Warning);

    /// <summary>Returns the dataset, or throws with every error when it could not be built.</summary>
    /// <returns>The dataset.</returns>
    /// <exception cref="DatasetValidationException">
    /// Thrown when there were errors (an <see cref="InvalidOperationException"/>); the message lists the first 20 located
    /// errors and <see cref="DatasetValidationException.Problems"/> holds them all.
    /// </exception>
    public PeerSupportDataset GetValueOrThrow() => Dataset ?? throw new DatasetValidationException(Problems);
}
