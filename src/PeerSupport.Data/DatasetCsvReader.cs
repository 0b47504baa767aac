using PeerSupport.Data.Internal;
using PeerSupport.Datasets;

namespace PeerSupport.Data;

/// <summary>
/// Reads a dataset folder in the CSV dataset format (docs/dataset-format.md, format version 1): <c>groups.csv</c>,
/// <c>members.csv</c>, <c>sessions.csv</c> and <c>attendance.csv</c> (required), the optional
/// <c>facilitators.csv</c>, <c>assessments.csv</c>, <c>incidents.csv</c>, <c>referrals.csv</c>,
/// <c>goals.csv</c>, <c>programs.csv</c>, and an optional <c>dataset.json</c> with metadata.
/// </summary>
/// <remarks>
/// <para>
/// Files are streamed one row at a time (the raw text is never held in memory) and <em>every</em>
/// problem is reported at once, each located as <c>file:line:column</c> with the value and the rule it
/// breaks. Any error fails the read as a whole (no dataset is returned); warnings (unknown columns,
/// missing attendance rows read as absent, ...) are kept on the result and on the dataset.
/// </para>
/// <para>
/// A row that cannot be read is reported and skipped; rows that refer to a skipped row (for example the
/// attendance of a member whose row was rejected) are checked on their own but not against it, so one
/// bad row does not cause a cascade of follow-on errors.
/// </para>
/// <para>Thread-safe: the reader keeps no state between calls.</para>
/// </remarks>
public static class DatasetCsvReader
{
    /// <summary>The name of the optional metadata file.</summary>
    public const string MetadataFileName = "dataset.json";

    /// <summary>Reads and validates the dataset in <paramref name="directory"/>.</summary>
    /// <param name="directory">The dataset folder.</param>
    /// <param name="options">The options. The default value is <see cref="DatasetCsvOptions.Default"/>.</param>
    /// <returns>The dataset, or every error and warning found. A folder that does not exist is reported as an error, not thrown.</returns>
    /// <exception cref="ArgumentException">Thrown when <paramref name="directory"/> is <see langword="null"/>, empty or white space.</exception>
    public static DatasetBuildResult Read(string directory, DatasetCsvOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        options ??= DatasetCsvOptions.Default;
        var builder = new DatasetBuilder(options.Instruments);
        var problems = new ProblemSink(builder);
        if (!Directory.Exists(directory))
        {
            problems.Error("missing-folder", "the dataset folder does not exist", Path.GetFileName(Path.TrimEndingDirectorySeparator(directory)), 0, 0, null);
            return builder.Build();
        }

        MetadataReader.Read(directory, builder, problems);
        new RowReader(directory, builder, problems).ReadAll();
        return builder.Build();
    }
}
