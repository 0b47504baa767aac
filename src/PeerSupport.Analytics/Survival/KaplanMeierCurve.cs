namespace PeerSupport.Analytics.Survival;

/// <summary>
/// A Kaplan–Meier (product-limit) survival curve for one sample, with Greenwood standard errors, log-type 95 %
/// pointwise intervals and the median survival time with its interval, following R's <c>survival::survfit</c>
/// defaults. Immutable and thread-safe.
/// </summary>
public sealed class KaplanMeierCurve
{
    internal KaplanMeierCurve(int count, int events, IReadOnlyList<KaplanMeierRow> allTimes, IReadOnlyList<KaplanMeierRow> eventTimes, Statistic median, Statistic medianLower95, Statistic medianUpper95)
    {
        Count = count;
        Events = events;
        AllTimes = allTimes;
        EventTimes = eventTimes;
        Median = median;
        MedianLower95 = medianLower95;
        MedianUpper95 = medianUpper95;
    }

    /// <summary>Gets the confidence level of the pointwise and median intervals, 0.95.</summary>
    public static double ConfidenceLevel => 0.95;

    /// <summary>Gets the number of observations.</summary>
    public int Count { get; }

    /// <summary>Gets the number of events.</summary>
    public int Events { get; }

    /// <summary>Gets one row per distinct observed time (event or censoring), in increasing time; censoring-only rows have no events.</summary>
    public IReadOnlyList<KaplanMeierRow> AllTimes { get; }

    /// <summary>
    /// Gets one row per distinct event time, as R's <c>summary(fit)</c> prints them; <see cref="KaplanMeierRow.Censored"/>
    /// counts censorings since the previous event time, and censorings after the last event time are not shown.
    /// </summary>
    public IReadOnlyList<KaplanMeierRow> EventTimes { get; }

    /// <summary>
    /// Gets the median survival time: the first time at which S ≤ 0.5 (with tolerance 1.49e-8); when S equals 0.5 there,
    /// the midpoint between that time and the first later time at which S drops further. Undefined ("not reached") when
    /// S stays above 0.5.
    /// </summary>
    public Statistic Median { get; }

    /// <summary>Gets the lower 95 % limit of the median: the same rule applied to the lower pointwise limit curve.</summary>
    public Statistic MedianLower95 { get; }

    /// <summary>Gets the upper 95 % limit of the median: the same rule applied to the upper pointwise limit curve; often undefined ("not reached").</summary>
    public Statistic MedianUpper95 { get; }

    /// <summary>Gets S(t), the survival probability just after time <paramref name="time"/> (1 before the first time).</summary>
    /// <param name="time">The time; any finite number.</param>
    /// <returns>S(t) in [0, 1].</returns>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when <paramref name="time"/> is not finite.</exception>
    public double SurvivalAt(double time)
    {
        if (!double.IsFinite(time))
        {
            throw new ArgumentOutOfRangeException(nameof(time), "time must be finite.");
        }

        var lo = 0;
        var hi = AllTimes.Count - 1;
        var found = -1;
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            if (AllTimes[mid].Time <= time)
            {
                found = mid;
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return found < 0 ? 1.0 : AllTimes[found].Survival;
    }
}
