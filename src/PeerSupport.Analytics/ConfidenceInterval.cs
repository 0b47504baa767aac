using System.Globalization;

namespace PeerSupport.Analytics;

/// <summary>
/// A two-sided confidence interval: lower and upper limits (each a <see cref="Statistic"/>, so a limit can be
/// undefined with a reason, or infinite where the method gives an unbounded limit) and the confidence level.
/// The default value has undefined limits ("not computed") and level 0.
/// </summary>
/// <remarks>Immutable; safe to share between threads.</remarks>
public readonly struct ConfidenceInterval : IEquatable<ConfidenceInterval>
{
    private ConfidenceInterval(Statistic lower, Statistic upper, double level)
    {
        Lower = lower;
        Upper = upper;
        Level = level;
    }

    /// <summary>Gets the lower limit.</summary>
    public Statistic Lower { get; }

    /// <summary>Gets the upper limit.</summary>
    public Statistic Upper { get; }

    /// <summary>Gets the confidence level in (0, 1), for example 0.95; 0 for the default value.</summary>
    public double Level { get; }

    /// <summary>Gets a value indicating whether both limits are defined.</summary>
    public bool IsDefined => Lower.IsDefined && Upper.IsDefined;

    /// <summary>Creates an interval with defined limits.</summary>
    /// <param name="lower">The lower limit; not NaN; may be negative infinity.</param>
    /// <param name="upper">The upper limit; not NaN, at least <paramref name="lower"/>; may be positive infinity.</param>
    /// <param name="level">The confidence level, strictly between 0 and 1.</param>
    /// <returns>The interval.</returns>
    /// <exception cref="ArgumentException">Thrown when a limit is NaN or <paramref name="upper"/> is below <paramref name="lower"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when <paramref name="level"/> is not strictly between 0 and 1.</exception>
    public static ConfidenceInterval Of(double lower, double upper, double level)
    {
        ValidateLevel(level);
        if (double.IsNaN(lower) || double.IsNaN(upper))
        {
            throw new ArgumentException("Confidence limits must not be NaN; use ConfidenceInterval.Undefined with a reason.", double.IsNaN(lower) ? nameof(lower) : nameof(upper));
        }

        if (upper < lower)
        {
            throw new ArgumentException($"The upper confidence limit must be at least the lower limit, was {upper.ToString("R", CultureInfo.InvariantCulture)} < {lower.ToString("R", CultureInfo.InvariantCulture)}.", nameof(upper));
        }

        return new ConfidenceInterval(Statistic.Of(lower), Statistic.Of(upper), level);
    }

    /// <summary>Creates an interval whose limits are both undefined for <paramref name="reason"/>.</summary>
    /// <param name="reason">Why the interval is undefined, as a short phrase.</param>
    /// <param name="level">The confidence level, strictly between 0 and 1.</param>
    /// <returns>The interval.</returns>
    /// <exception cref="ArgumentException">Thrown when <paramref name="reason"/> is null, empty or white space.</exception>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when <paramref name="level"/> is not strictly between 0 and 1.</exception>
    public static ConfidenceInterval Undefined(string reason, double level)
    {
        ValidateLevel(level);
        var undefined = Statistic.Undefined(reason);
        return new ConfidenceInterval(undefined, undefined, level);
    }

    /// <summary>Compares two intervals for equality (same limits and level).</summary>
    /// <param name="left">The first interval.</param>
    /// <param name="right">The second interval.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(ConfidenceInterval left, ConfidenceInterval right) => left.Equals(right);

    /// <summary>Compares two intervals for inequality.</summary>
    /// <param name="left">The first interval.</param>
    /// <param name="right">The second interval.</param>
    /// <returns><see langword="true"/> when not equal.</returns>
    public static bool operator !=(ConfidenceInterval left, ConfidenceInterval right) => !left.Equals(right);

    /// <inheritdoc/>
    public bool Equals(ConfidenceInterval other) => Lower == other.Lower && Upper == other.Upper && Level.Equals(other.Level);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is ConfidenceInterval other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Lower, Upper, Level);

    /// <summary>Returns the interval as "[lower, upper] (level)" in invariant culture.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"[{Lower}, {Upper}] ({Level.ToString("R", CultureInfo.InvariantCulture)})";

    private static void ValidateLevel(double level)
    {
        if (!(level > 0 && level < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(level), level, "The confidence level must be strictly between 0 and 1.");
        }
    }
}
