using System.Globalization;

namespace PeerSupport.Instruments;

/// <summary>
/// A severity band of an instrument's total: a label and an inclusive range [<see cref="Lower"/>, <see cref="Upper"/>].
/// Immutable and thread-safe; compared by value.
/// </summary>
public sealed class SeverityBand : IEquatable<SeverityBand>
{
    /// <summary>The maximum length of a band label in characters (40).</summary>
    public const int MaxLabelLength = 40;

    /// <summary>Initializes a new band.</summary>
    /// <param name="label">The label, for example <c>moderately severe</c>: 1 to 40 characters, no control characters, no white space at either end.</param>
    /// <param name="lower">The inclusive lower bound of the total.</param>
    /// <param name="upper">The inclusive upper bound of the total; at least <paramref name="lower"/>.</param>
    /// <exception cref="ArgumentException">Thrown when <paramref name="label"/> breaks a rule.</exception>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when <paramref name="upper"/> is less than <paramref name="lower"/>.</exception>
    public SeverityBand(string label, int lower, int upper)
    {
        Names.ThrowIf(Names.CheckText(label, MaxLabelLength), "A band label", nameof(label));
        if (upper < lower)
        {
            throw new ArgumentOutOfRangeException(nameof(upper), upper, $"A band's upper bound must be at least its lower bound ({lower}), was {upper}.");
        }

        Label = label;
        Lower = lower;
        Upper = upper;
    }

    /// <summary>Gets the label, for example <c>moderate</c>.</summary>
    public string Label { get; }

    /// <summary>Gets the inclusive lower bound.</summary>
    public int Lower { get; }

    /// <summary>Gets the inclusive upper bound.</summary>
    public int Upper { get; }

    /// <summary>Returns whether <paramref name="total"/> lies in the band.</summary>
    /// <param name="total">A total score.</param>
    /// <returns><see langword="true"/> when <see cref="Lower"/> ≤ <paramref name="total"/> ≤ <see cref="Upper"/>.</returns>
    public bool Contains(int total) => total >= Lower && total <= Upper;

    /// <inheritdoc/>
    public bool Equals(SeverityBand? other)
        => other is not null && string.Equals(Label, other.Label, StringComparison.Ordinal) && Lower == other.Lower && Upper == other.Upper;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as SeverityBand);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(StringComparer.Ordinal.GetHashCode(Label), Lower, Upper);

    /// <summary>Returns the band as <c>moderate (10–14)</c> (invariant culture).</summary>
    /// <returns>The band text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Label} ({Lower}–{Upper})");
}
