using PeerSupport.Analytics.Internal;

namespace PeerSupport.Analytics.Survival;

/// <summary>
/// Kaplan–Meier (product-limit) estimation for right-censored data, following R's <c>survival::survfit</c>
/// with its defaults (<c>conf.type = "log"</c>, 95 %). O(n log n). Thread-safe (no shared state).
/// </summary>
/// <remarks>
/// For retention analyses, the event is usually dropout and completion or the end of data is censoring.
/// At tied times events are counted before censorings, so a member censored at t is still at risk at t.
/// </remarks>
public static class KaplanMeier
{
    /// <summary>R's tolerance for the median rule, <c>sqrt(.Machine$double.eps)</c>.</summary>
    private const double MedianTolerance = 1.4901161193847656e-8;

    /// <summary>Estimates one Kaplan–Meier curve.</summary>
    /// <param name="times">Observed times, finite and ≥ 0; at least one.</param>
    /// <param name="events"><see langword="true"/> for an event, <see langword="false"/> for a censored time; one per time.</param>
    /// <returns>The curve.</returns>
    /// <exception cref="ArgumentNullException">Thrown when an argument is null.</exception>
    /// <exception cref="ArgumentException">Thrown when the input is empty or the lengths differ.</exception>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when a time is negative or not finite.</exception>
    public static KaplanMeierCurve Estimate(IReadOnlyList<double> times, IReadOnlyList<bool> events)
    {
        SurvivalInput.Validate(times, events);
        return Compute(times, events, SurvivalInput.SortByTime(times));
    }

    /// <summary>Estimates one Kaplan–Meier curve per group in label order: ordinal for strings (R's factor order in the C locale), <see cref="Comparer{T}.Default"/> for other types.</summary>
    /// <typeparam name="TGroup">The group label type.</typeparam>
    /// <param name="times">Observed times, finite and ≥ 0; at least one.</param>
    /// <param name="events"><see langword="true"/> for an event, <see langword="false"/> for a censored time; one per time.</param>
    /// <param name="groups">The group of each observation, not null; one per time.</param>
    /// <returns>One curve per distinct group.</returns>
    /// <exception cref="ArgumentNullException">Thrown when an argument is null.</exception>
    /// <exception cref="ArgumentException">Thrown when the input is empty, the lengths differ or a group label is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when a time is negative or not finite.</exception>
    public static IReadOnlyList<KaplanMeierGroupCurve<TGroup>> EstimateByGroup<TGroup>(IReadOnlyList<double> times, IReadOnlyList<bool> events, IReadOnlyList<TGroup> groups)
        where TGroup : notnull
    {
        SurvivalInput.Validate(times, events);
        SurvivalInput.ValidateGroups(groups, times.Count);
        var (levels, index) = SurvivalInput.Levels(groups);
        var sorted = SurvivalInput.SortByTime(times);
        var perGroup = new List<int>[levels.Length];
        for (var g = 0; g < levels.Length; g++)
        {
            perGroup[g] = [];
        }

        foreach (var i in sorted)
        {
            perGroup[index[i]].Add(i);
        }

        var result = new KaplanMeierGroupCurve<TGroup>[levels.Length];
        for (var g = 0; g < levels.Length; g++)
        {
            result[g] = new KaplanMeierGroupCurve<TGroup>(levels[g], Compute(times, events, perGroup[g]));
        }

        return Array.AsReadOnly(result);
    }

    private static KaplanMeierCurve Compute(IReadOnlyList<double> times, IReadOnlyList<bool> events, IReadOnlyList<int> sorted)
    {
        var z = Distributions.Z975;
        var all = new List<KaplanMeierRow>();
        var atEvents = new List<KaplanMeierRow>();
        var atRisk = sorted.Count;
        var survival = 1.0;
        var varianceHazard = 0.0;
        var totalEvents = 0;
        var censoredSinceEvent = 0;
        var k = 0;
        while (k < sorted.Count)
        {
            var time = times[sorted[k]];
            var d = 0;
            var c = 0;
            while (k < sorted.Count && times[sorted[k]] == time)
            {
                if (events[sorted[k]])
                {
                    d++;
                }
                else
                {
                    c++;
                }

                k++;
            }

            if (d > 0)
            {
                survival *= 1.0 - ((double)d / atRisk);
                varianceHazard += d == atRisk ? double.PositiveInfinity : d / ((double)atRisk * (atRisk - d));
            }

            var se = Math.Sqrt(varianceHazard);
            Statistic seSurvival, lower, upper;
            if (survival > 0)
            {
                seSurvival = Statistic.Of(survival * se);
                var log = Math.Log(survival);
                lower = Statistic.Of(Math.Exp(log - (z * se)));
                upper = Statistic.Of(Math.Min(1.0, Math.Exp(log + (z * se))));
            }
            else
            {
                seSurvival = Statistic.Undefined("survival is 0, so its standard error is undefined");
                lower = Statistic.Undefined("survival is 0, so the log-type limit is undefined");
                upper = lower;
            }

            all.Add(new KaplanMeierRow(time, atRisk, d, c, survival, se, seSurvival, lower, upper));
            censoredSinceEvent += c;
            if (d > 0)
            {
                atEvents.Add(new KaplanMeierRow(time, atRisk, d, censoredSinceEvent, survival, se, seSurvival, lower, upper));
                censoredSinceEvent = 0;
            }

            totalEvents += d;
            atRisk -= d + c;
        }

        var median = MedianOf(all, static r => r.Survival);
        var medianLower = MedianOf(all, static r => r.Lower95.ToNullable());
        var medianUpper = MedianOf(all, static r => r.Upper95.ToNullable());
        return new KaplanMeierCurve(sorted.Count, totalEvents, all.AsReadOnly(), atEvents.AsReadOnly(), median, medianLower, medianUpper);
    }

    /// <summary>R's rule: first time the curve is ≤ 0.5 (tolerance); midpoint rule when it equals 0.5 there.</summary>
    private static Statistic MedianOf(List<KaplanMeierRow> rows, Func<KaplanMeierRow, double?> curve)
    {
        var first = -1;
        var firstValue = 0.0;
        for (var i = 0; i < rows.Count; i++)
        {
            var value = curve(rows[i]);
            if (value is null || !(value.Value < 0.5 + MedianTolerance))
            {
                continue;
            }

            if (first < 0)
            {
                first = i;
                firstValue = value.Value;
                if (Math.Abs(firstValue - 0.5) >= MedianTolerance)
                {
                    return Statistic.Of(rows[i].Time);
                }
            }
            else if (value.Value < firstValue)
            {
                return Statistic.Of((rows[first].Time + rows[i].Time) / 2);
            }
        }

        return first < 0
            ? Statistic.Undefined("the curve does not reach 0.5 (not reached)")
            : Statistic.Of(rows[first].Time);
    }
}
