using System.Globalization;

namespace PeerSupport.Instruments;

/// <summary>
/// An inclusive integer threshold: "at least <see cref="Value"/>" (≥) or "at most <see cref="Value"/>" (≤).
/// The default value is "at least 0".
/// </summary>
public readonly struct Threshold : IEquatable<Threshold>
{
    private Threshold(ThresholdDirection direction, int value)
    {
        Direction = direction;
        Value = value;
    }

    /// <summary>Gets the direction of the comparison.</summary>
    public ThresholdDirection Direction { get; }

    /// <summary>Gets the threshold value, inclusive.</summary>
    public int Value { get; }

    /// <summary>Creates a threshold met by scores greater than or equal to <paramref name="value"/>.</summary>
    /// <param name="value">The inclusive lower bound.</param>
    /// <returns>The threshold.</returns>
    public static Threshold AtLeast(int value) => new(ThresholdDirection.AtLeast, value);

    /// <summary>Creates a threshold met by scores less than or equal to <paramref name="value"/>.</summary>
    /// <param name="value">The inclusive upper bound.</param>
    /// <returns>The threshold.</returns>
    public static Threshold AtMost(int value) => new(ThresholdDirection.AtMost, value);

    /// <summary>Returns whether <paramref name="score"/> meets the threshold.</summary>
    /// <param name="score">The score to compare.</param>
    /// <returns><see langword="true"/> when the score is on the meeting side of the threshold, inclusive.</returns>
    public bool IsMetBy(int score) => Direction == ThresholdDirection.AtLeast ? score >= Value : score <= Value;

    /// <summary>Compares two thresholds for equality.</summary>
    /// <param name="left">The first threshold.</param>
    /// <param name="right">The second threshold.</param>
    /// <returns><see langword="true"/> when direction and value are equal.</returns>
    public static bool operator ==(Threshold left, Threshold right) => left.Equals(right);

    /// <summary>Compares two thresholds for inequality.</summary>
    /// <param name="left">The first threshold.</param>
    /// <param name="right">The second threshold.</param>
    /// <returns><see langword="true"/> when direction or value differ.</returns>
    public static bool operator !=(Threshold left, Threshold right) => !left.Equals(right);

    /// <inheritdoc/>
    public bool Equals(Threshold other) => Direction == other.Direction && Value == other.Value;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Threshold other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Direction, Value);

    /// <summary>Returns the threshold as <c>≥ 10</c> or <c>≤ 12</c> (invariant culture).</summary>
    /// <returns>The threshold text.</returns>
    public override string ToString()
        => (Direction == ThresholdDirection.AtLeast ? "≥ " : "≤ ") + Value.ToString(CultureInfo.InvariantCulture);
}
