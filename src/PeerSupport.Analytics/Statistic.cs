using System.Globalization;
using System.Text.Json.Serialization;
using PeerSupport.Analytics.Privacy;

namespace PeerSupport.Analytics;

/// <summary>
/// A statistic that is either a finite number or <em>undefined</em> with the reason why
/// (for example "standard deviation is 0"). Statistics never carry NaN silently.
/// The default value is undefined with the reason "not computed". In JSON it is
/// <c>{"value": 1.5}</c> or <c>{"value": null, "undefinedReason": "..."}</c> (see <see cref="StatisticJsonConverter"/>).
/// </summary>
[JsonConverter(typeof(StatisticJsonConverter))]
public readonly struct Statistic : IEquatable<Statistic>
{
    private readonly double _value;
    private readonly string? _undefinedReason;
    private readonly bool _isDefined;

    private Statistic(double value, string? undefinedReason, bool isDefined)
    {
        _value = value;
        _undefinedReason = undefinedReason;
        _isDefined = isDefined;
    }

    /// <summary>Gets a value indicating whether the statistic has a value.</summary>
    public bool IsDefined => _isDefined;

    /// <summary>Gets the value.</summary>
    /// <exception cref="InvalidOperationException">Thrown when the statistic is undefined; the message gives the reason.</exception>
    public double Value => _isDefined ? _value : throw new InvalidOperationException($"The statistic is undefined: {UndefinedReason}.");

    /// <summary>Gets why the statistic is undefined, or <see langword="null"/> when it is defined.</summary>
    public string? UndefinedReason => _isDefined ? null : _undefinedReason ?? "not computed";

    /// <summary>Creates a defined statistic. Positive or negative infinity is allowed (for example an upper confidence limit that is not bounded); NaN is not.</summary>
    /// <param name="value">The value; not NaN.</param>
    /// <returns>The statistic.</returns>
    /// <exception cref="ArgumentException">Thrown when <paramref name="value"/> is NaN.</exception>
    public static Statistic Of(double value)
    {
        if (double.IsNaN(value))
        {
            throw new ArgumentException("A statistic value must not be NaN; use Statistic.Undefined with a reason.", nameof(value));
        }

        return new Statistic(value, null, true);
    }

    /// <summary>Creates an undefined statistic.</summary>
    /// <param name="reason">Why the statistic is undefined, as a short phrase.</param>
    /// <returns>The statistic.</returns>
    public static Statistic Undefined(string reason)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        return new Statistic(double.NaN, reason, false);
    }

    /// <summary>Creates a defined statistic from <paramref name="value"/>, or an undefined one with <paramref name="reasonIfNaN"/> when it is NaN.</summary>
    /// <param name="value">The value.</param>
    /// <param name="reasonIfNaN">The reason used when <paramref name="value"/> is NaN.</param>
    /// <returns>The statistic.</returns>
    public static Statistic FromDouble(double value, string reasonIfNaN)
        => double.IsNaN(value) ? Undefined(reasonIfNaN) : new Statistic(value, null, true);

    /// <summary>Gets the value if defined.</summary>
    /// <param name="value">The value, or NaN when undefined.</param>
    /// <returns><see langword="true"/> when the statistic is defined.</returns>
    public bool TryGetValue(out double value)
    {
        value = _isDefined ? _value : double.NaN;
        return _isDefined;
    }

    /// <summary>Gets the value, or <see langword="null"/> when undefined.</summary>
    /// <returns>The value or <see langword="null"/>.</returns>
    public double? ToNullable() => _isDefined ? _value : null;

    /// <summary>Compares two statistics for equality (same value, or both undefined for the same reason).</summary>
    public static bool operator ==(Statistic left, Statistic right) => left.Equals(right);

    /// <summary>Compares two statistics for inequality.</summary>
    public static bool operator !=(Statistic left, Statistic right) => !left.Equals(right);

    /// <inheritdoc/>
    public bool Equals(Statistic other)
        => _isDefined == other._isDefined
           && (_isDefined ? _value.Equals(other._value) : string.Equals(UndefinedReason, other.UndefinedReason, StringComparison.Ordinal));

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Statistic other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => _isDefined ? _value.GetHashCode() : StringComparer.Ordinal.GetHashCode(UndefinedReason!);

    /// <summary>Returns the value in invariant culture ("R" round-trip format), or "undefined (reason)".</summary>
    public override string ToString() => _isDefined ? _value.ToString("R", CultureInfo.InvariantCulture) : $"undefined ({UndefinedReason})";
}
