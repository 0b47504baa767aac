using System.Globalization;

namespace PeerSupport.Analytics.Privacy;

/// <summary>
/// The small-cell rule for reports: a cell that describes fewer than <see cref="MinimumCellSize"/> members (k) is
/// suppressed, so a report never shows a figure from which a handful of people could be recognised. Immutable and
/// thread-safe.
/// </summary>
public sealed class SmallCellPolicy
{
    /// <summary>The default k: 5 members.</summary>
    public const int DefaultMinimumCellSize = 5;

    /// <summary>The largest k accepted: 1000 members.</summary>
    public const int MaximumMinimumCellSize = 1000;

    /// <summary>Initializes a new policy.</summary>
    /// <param name="minimumCellSize">k, the fewest members a shown cell may describe, in [1, 1000]. The default value is 5; 1 suppresses only empty cells.</param>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when <paramref name="minimumCellSize"/> is outside [1, 1000].</exception>
    public SmallCellPolicy(int minimumCellSize = DefaultMinimumCellSize)
    {
        if (minimumCellSize is < 1 or > MaximumMinimumCellSize)
        {
            throw new ArgumentOutOfRangeException(nameof(minimumCellSize), minimumCellSize, $"The minimum cell size k must be 1–{MaximumMinimumCellSize}, was {minimumCellSize}.");
        }

        MinimumCellSize = minimumCellSize;
    }

    /// <summary>Gets the policy with k = 5.</summary>
    public static SmallCellPolicy Default { get; } = new();

    /// <summary>Gets k, the fewest members a shown cell may describe; in [1, 1000].</summary>
    public int MinimumCellSize { get; }

    /// <summary>Gets a value indicating whether a cell describing <paramref name="memberCount"/> members must be suppressed (fewer than k).</summary>
    /// <param name="memberCount">The number of distinct members the cell describes, 0 or more.</param>
    /// <returns><see langword="true"/> when the cell must be suppressed.</returns>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when <paramref name="memberCount"/> is negative.</exception>
    public bool MustSuppress(int memberCount)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(memberCount);
        return memberCount < MinimumCellSize;
    }

    /// <summary>Makes a report cell: the value and member count when at least k members are described, otherwise a suppressed cell.</summary>
    /// <param name="value">The value the cell would show.</param>
    /// <param name="memberCount">The number of distinct members the value describes, 0 or more.</param>
    /// <returns>The cell.</returns>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when <paramref name="memberCount"/> is negative.</exception>
    public ReportCell Cell(Statistic value, int memberCount)
        => MustSuppress(memberCount)
            ? ReportCell.SuppressedKeeping(value, memberCount, SuppressionReason)
            : ReportCell.Shown(value, memberCount);

    /// <summary>Makes a report cell from a number; see <see cref="Cell(Statistic, int)"/>.</summary>
    /// <param name="value">The value; NaN is not allowed.</param>
    /// <param name="memberCount">The number of distinct members the value describes, 0 or more.</param>
    /// <returns>The cell.</returns>
    /// <exception cref="ArgumentException">Thrown when <paramref name="value"/> is NaN.</exception>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when <paramref name="memberCount"/> is negative.</exception>
    public ReportCell Cell(double value, int memberCount) => Cell(Statistic.Of(value), memberCount);

    /// <summary>Makes a cell whose value is the member count itself (for example "members recovered").</summary>
    /// <param name="memberCount">The count, 0 or more.</param>
    /// <returns>The cell; suppressed when the count is below k (so a count of 0 is always suppressed: it too describes fewer than k members).</returns>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when <paramref name="memberCount"/> is negative.</exception>
    public ReportCell Count(int memberCount) => Cell(Statistic.Of(memberCount), memberCount);

    /// <summary>Gets the reason given for suppressed cells, naming k.</summary>
    public string SuppressionReason => string.Create(CultureInfo.InvariantCulture, $"suppressed: describes fewer than {MinimumCellSize} members");

    /// <summary>Returns "k = n".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"k = {MinimumCellSize}");
}
