using System.Text.Json.Serialization;

namespace PeerSupport.Datasets;

/// <summary>Metadata of a dataset (<c>dataset.json</c>): format version, title, source and creation date. Compared by value.</summary>
public sealed record DatasetMetadata
{
    /// <summary>The dataset format version this library reads and writes.</summary>
    public const int CurrentFormatVersion = 1;

    /// <summary>Initializes new metadata.</summary>
    /// <param name="formatVersion">The format version; must be <see cref="CurrentFormatVersion"/>.</param>
    /// <param name="title">A title, optional.</param>
    /// <param name="source">Where the data come from (e.g. "simulated, seed 42"), optional.</param>
    /// <param name="created">The creation date, optional.</param>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when the format version is not supported.</exception>
    [JsonConstructor]
    public DatasetMetadata(int formatVersion = CurrentFormatVersion, string? title = null, string? source = null, DateOnly? created = null)
    {
        if (formatVersion != CurrentFormatVersion)
        {
            throw new ArgumentOutOfRangeException(nameof(formatVersion), formatVersion, $"formatVersion must be {CurrentFormatVersion}, was {formatVersion}.");
        }

        FormatVersion = formatVersion;
        Title = title;
        Source = source;
        Created = created;
    }

    /// <summary>Gets the format version.</summary>
    public int FormatVersion { get; }

    /// <summary>Gets the title, or <see langword="null"/>.</summary>
    public string? Title { get; }

    /// <summary>Gets the source description, or <see langword="null"/>.</summary>
    public string? Source { get; }

    /// <summary>Gets the creation date, or <see langword="null"/>.</summary>
    public DateOnly? Created { get; }
}
