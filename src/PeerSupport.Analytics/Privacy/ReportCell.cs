using System.Globalization;

namespace PeerSupport.Analytics.Privacy;

/// <summary>
/// One figure of a report together with the number of members it describes, or a suppressed cell when that number is
/// below the small-cell threshold k (<see cref="SmallCellPolicy"/>). A suppressed cell shows neither the value nor the
/// count. Immutable and thread-safe. The default value is a suppressed cell with the reason "not computed".
/// </summary>
public readonly struct ReportCell : IEquatable<ReportCell>
{
    private readonly Statistic _value;
    private readonly int _memberCount;
    private readonly string? _suppressionReason;
    private readonly bool _isShown;

    private ReportCell(Statistic value, int memberCount, string? suppressionReason, bool isShown)
    {
        _value = value;
        _memberCount = memberCount;
        _suppressionReason = suppressionReason;
        _isShown = isShown;
    }

    /// <summary>Gets a value indicating whether the cell is suppressed.</summary>
    public bool IsSuppressed => !_isShown;

    /// <summary>Gets the value; undefined (with the suppression reason) when the cell is suppressed.</summary>
    public Statistic Value => _isShown ? _value : Statistic.Undefined(SuppressionReason!);

    /// <summary>Gets the number of members described, or <see langword="null"/> when the cell is suppressed.</summary>
    public int? MemberCount => _isShown ? _memberCount : null;

    /// <summary>Gets why the cell is suppressed, or <see langword="null"/> when it is shown.</summary>
    public string? SuppressionReason => _isShown ? null : _suppressionReason ?? "not computed";

    /// <summary>Creates a shown cell. Prefer <see cref="SmallCellPolicy.Cell(Statistic, int)"/>, which applies the threshold.</summary>
    /// <param name="value">The value.</param>
    /// <param name="memberCount">The number of members described, 0 or more.</param>
    /// <returns>The cell.</returns>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when <paramref name="memberCount"/> is negative.</exception>
    public static ReportCell Shown(Statistic value, int memberCount)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(memberCount);
        return new ReportCell(value, memberCount, null, true);
    }

    /// <summary>Creates a suppressed cell.</summary>
    /// <param name="reason">Why the cell is suppressed, as a short phrase.</param>
    /// <returns>The cell.</returns>
    /// <exception cref="ArgumentException">Thrown when <paramref name="reason"/> is null or blank.</exception>
    public static ReportCell Suppressed(string reason)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        return new ReportCell(default, 0, reason, false);
    }

    /// <summary>Gets the value the cell would show, also when suppressed (never serialized or shown; for disclosure control).</summary>
    internal Statistic UnderlyingValue => _value;

    /// <summary>Gets the member count the cell describes, also when suppressed (never serialized or shown).</summary>
    internal int UnderlyingMemberCount => _memberCount;

    /// <summary>Creates a suppressed cell that remembers what it hides, so disclosure control can reason about it.</summary>
    internal static ReportCell SuppressedKeeping(Statistic value, int memberCount, string reason) => new(value, memberCount, reason, false);

    /// <summary>Returns this cell suppressed with a reason, remembering the hidden value; a suppressed cell keeps its first reason.</summary>
    internal ReportCell Hide(string reason) => _isShown ? new ReportCell(_value, _memberCount, reason, false) : this;

    /// <summary>Compares two cells for equality.</summary>
    /// <param name="left">The first cell.</param>
    /// <param name="right">The second cell.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(ReportCell left, ReportCell right) => left.Equals(right);

    /// <summary>Compares two cells for inequality.</summary>
    /// <param name="left">The first cell.</param>
    /// <param name="right">The second cell.</param>
    /// <returns><see langword="true"/> when not equal.</returns>
    public static bool operator !=(ReportCell left, ReportCell right) => !left.Equals(right);

    /// <inheritdoc/>
    public bool Equals(ReportCell other)
        => _isShown == other._isShown
           && (_isShown
               ? _value == other._value && _memberCount == other._memberCount
               : string.Equals(SuppressionReason, other.SuppressionReason, StringComparison.Ordinal));

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is ReportCell other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => _isShown ? HashCode.Combine(_value, _memberCount) : StringComparer.Ordinal.GetHashCode(SuppressionReason!);

    /// <summary>Returns "value (n = count)" or "suppressed (reason)", invariant culture.</summary>
    /// <returns>The text.</returns>
    public override string ToString()
        => _isShown ? string.Create(CultureInfo.InvariantCulture, $"{_value} (n = {_memberCount})") : $"suppressed ({SuppressionReason})";
}
