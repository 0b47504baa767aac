namespace PeerSupport.Data;

/// <summary>Options for <see cref="DatasetCsvWriter"/>. Immutable once constructed; safe to share between threads.</summary>
public sealed class DatasetCsvWriteOptions
{
    /// <summary>Gets the default options (never replace an existing folder, never drop data).</summary>
    public static DatasetCsvWriteOptions Default { get; } = new();

    /// <summary>
    /// Gets a value indicating whether an existing destination folder is replaced. The old folder is
    /// renamed aside, the new dataset moved into place, and only then is the old one deleted.
    /// The default value is <see langword="false"/>: an existing destination is an error.
    /// </summary>
    public bool Overwrite { get; init; }

    /// <summary>
    /// Gets a value indicating whether data the CSV format cannot hold are dropped silently instead of
    /// failing the write: a group's focus, programme module titles and goals, and a credential scoped to
    /// a role other than its holder's. The default value is <see langword="false"/>, so that a written
    /// dataset always reads back equal.
    /// </summary>
    public bool AllowLossyWrite { get; init; }

    /// <summary>Gets a test hook called with each file name after it was written to the temporary folder.</summary>
    internal Action<string>? AfterFileWritten { get; init; }
}
