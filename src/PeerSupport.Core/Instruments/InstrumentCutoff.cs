namespace PeerSupport.Instruments;

/// <summary>
/// A named cutoff on an instrument's total, for example <c>caseness</c> at PHQ-9 ≥ 10. Immutable and thread-safe;
/// compared by value.
/// </summary>
public sealed class InstrumentCutoff : IEquatable<InstrumentCutoff>
{
    /// <summary>The conventional name of the caseness cutoff (<c>caseness</c>), read by <see cref="InstrumentScore.IsCase"/>.</summary>
    public const string CasenessName = "caseness";

    /// <summary>The maximum length of a meaning in characters (200).</summary>
    public const int MaxMeaningLength = 200;

    /// <summary>Initializes a new cutoff.</summary>
    /// <param name="name">The name: 1 to 40 lower-case ASCII letters, digits or '-', starting with a letter.</param>
    /// <param name="threshold">The threshold on the total (raw, not transformed).</param>
    /// <param name="meaning">What meeting the cutoff means; <see langword="null"/> or empty for none, otherwise at most 200 characters.</param>
    /// <exception cref="ArgumentException">Thrown when <paramref name="name"/> or <paramref name="meaning"/> breaks a rule.</exception>
    public InstrumentCutoff(string name, Threshold threshold, string? meaning = null)
    {
        Names.ThrowIf(Names.CheckKey(name), "A cutoff name", nameof(name));
        if (!string.IsNullOrEmpty(meaning))
        {
            Names.ThrowIf(Names.CheckText(meaning, MaxMeaningLength), "A cutoff meaning", nameof(meaning));
        }

        Name = name;
        Threshold = threshold;
        Meaning = meaning ?? string.Empty;
    }

    /// <summary>Gets the name, for example <c>caseness</c>.</summary>
    public string Name { get; }

    /// <summary>Gets the threshold on the raw total.</summary>
    public Threshold Threshold { get; }

    /// <summary>Gets what meeting the cutoff means; empty when not given.</summary>
    public string Meaning { get; }

    /// <inheritdoc/>
    public bool Equals(InstrumentCutoff? other)
        => other is not null && string.Equals(Name, other.Name, StringComparison.Ordinal) && Threshold == other.Threshold
            && string.Equals(Meaning, other.Meaning, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as InstrumentCutoff);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(StringComparer.Ordinal.GetHashCode(Name), Threshold);

    /// <summary>Returns the cutoff as <c>caseness ≥ 10</c>.</summary>
    /// <returns>The cutoff text.</returns>
    public override string ToString() => $"{Name} {Threshold}";
}
