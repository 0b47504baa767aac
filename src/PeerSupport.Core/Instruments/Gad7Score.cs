using System.Globalization;

namespace PeerSupport.Instruments;

/// <summary>
/// A complete GAD-7 total in [0, 21] with its severity band. The default value is a total of 0
/// (minimal). Immutable and thread-safe; ordered by total.
/// </summary>
public readonly struct Gad7Score : IEquatable<Gad7Score>, IComparable<Gad7Score>
{
    /// <summary>The number of items (7).</summary>
    public const int ItemCount = 7;

    /// <summary>The highest item answer (3).</summary>
    public const int MaxItem = 3;

    /// <summary>The highest total (21).</summary>
    public const int MaxTotal = 21;

    /// <summary>The caseness threshold: a total of at least 8 is a case (NHS Talking Therapies).</summary>
    public const int CasenessThreshold = 8;

    private Gad7Score(int total) => Total = total;

    /// <summary>Gets the total, 0 to 21.</summary>
    public int Total { get; }

    /// <summary>Gets the severity band of the total.</summary>
    public Gad7Severity Severity => Total switch
    {
        <= 4 => Gad7Severity.Minimal,
        <= 9 => Gad7Severity.Mild,
        <= 14 => Gad7Severity.Moderate,
        _ => Gad7Severity.Severe,
    };

    /// <summary>Gets a value indicating whether the total meets caseness (≥ 8).</summary>
    public bool IsCase => Total >= CasenessThreshold;

    /// <summary>Creates a score from a total.</summary>
    /// <param name="total">The total, 0 to 21.</param>
    /// <returns>The score.</returns>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when <paramref name="total"/> is outside 0–21.</exception>
    public static Gad7Score FromTotal(int total)
    {
        if (total < 0 || total > MaxTotal)
        {
            throw new ArgumentOutOfRangeException(nameof(total), total, string.Create(CultureInfo.InvariantCulture, $"GAD-7 total must be 0–{MaxTotal}, was {total}"));
        }

        return new Gad7Score(total);
    }

    /// <summary>Creates a score from all 7 item answers (no missing items; use <see cref="InstrumentDefinition.Score"/> for prorating).</summary>
    /// <param name="items">The 7 answers in order, each 0 to 3.</param>
    /// <returns>The score.</returns>
    /// <exception cref="ArgumentException">Thrown when there are not exactly 7 answers.</exception>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when an answer is outside 0–3, for example "GAD-7 item 2 must be 0–3, was 4".</exception>
    public static Gad7Score FromItems(ReadOnlySpan<int> items)
    {
        if (items.Length != ItemCount)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"GAD-7 expects {ItemCount} items, was {items.Length}"), nameof(items));
        }

        var total = 0;
        for (var i = 0; i < items.Length; i++)
        {
            if (items[i] < 0 || items[i] > MaxItem)
            {
                throw new ArgumentOutOfRangeException(nameof(items), items[i], string.Create(CultureInfo.InvariantCulture, $"GAD-7 item {i + 1} must be 0–{MaxItem}, was {items[i]}"));
            }

            total += items[i];
        }

        return new Gad7Score(total);
    }

    /// <summary>Converts a general score when it is a GAD-7 score with a known total.</summary>
    /// <param name="score">The general score.</param>
    /// <param name="result">The GAD-7 score when the conversion succeeds; otherwise the default value.</param>
    /// <returns><see langword="true"/> when <paramref name="score"/> is a GAD-7 score whose total is known.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="score"/> is <see langword="null"/>.</exception>
    public static bool TryFromScore(InstrumentScore score, out Gad7Score result)
    {
        ArgumentNullException.ThrowIfNull(score);
        if (score.Instrument == InstrumentId.Gad7 && score.Total is { } total && total >= 0 && total <= MaxTotal)
        {
            result = new Gad7Score(total);
            return true;
        }

        result = default;
        return false;
    }

    /// <summary>Compares two scores for equality.</summary>
    /// <param name="left">The first score.</param>
    /// <param name="right">The second score.</param>
    /// <returns><see langword="true"/> when the totals are equal.</returns>
    public static bool operator ==(Gad7Score left, Gad7Score right) => left.Equals(right);

    /// <summary>Compares two scores for inequality.</summary>
    /// <param name="left">The first score.</param>
    /// <param name="right">The second score.</param>
    /// <returns><see langword="true"/> when the totals differ.</returns>
    public static bool operator !=(Gad7Score left, Gad7Score right) => !left.Equals(right);

    /// <summary>Orders scores by total.</summary>
    /// <param name="left">The first score.</param>
    /// <param name="right">The second score.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> is lower.</returns>
    public static bool operator <(Gad7Score left, Gad7Score right) => left.Total < right.Total;

    /// <summary>Orders scores by total.</summary>
    /// <param name="left">The first score.</param>
    /// <param name="right">The second score.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> is higher.</returns>
    public static bool operator >(Gad7Score left, Gad7Score right) => left.Total > right.Total;

    /// <summary>Orders scores by total.</summary>
    /// <param name="left">The first score.</param>
    /// <param name="right">The second score.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> is lower or equal.</returns>
    public static bool operator <=(Gad7Score left, Gad7Score right) => left.Total <= right.Total;

    /// <summary>Orders scores by total.</summary>
    /// <param name="left">The first score.</param>
    /// <param name="right">The second score.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> is higher or equal.</returns>
    public static bool operator >=(Gad7Score left, Gad7Score right) => left.Total >= right.Total;

    /// <inheritdoc/>
    public bool Equals(Gad7Score other) => Total == other.Total;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Gad7Score other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => Total;

    /// <inheritdoc/>
    public int CompareTo(Gad7Score other) => Total.CompareTo(other.Total);

    /// <summary>Returns the score as <c>GAD-7 12 (moderate)</c> (invariant culture).</summary>
    /// <returns>The score text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"GAD-7 {Total} ({SeverityLabel})");

    private string SeverityLabel => Severity switch
    {
        Gad7Severity.Minimal => "minimal",
        Gad7Severity.Mild => "mild",
        Gad7Severity.Moderate => "moderate",
        _ => "severe",
    };
}
