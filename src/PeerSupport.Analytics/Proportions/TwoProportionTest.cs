using PeerSupport.Analytics.Internal;

namespace PeerSupport.Analytics.Proportions;

/// <summary>Two-sample test of equal proportions (chi-square with optional Yates correction). Pure and thread-safe.</summary>
public static class TwoProportionTest
{
    private const double Level = 0.95;

    /// <summary>Compares x1/n1 with x2/n2.</summary>
    /// <param name="events1">Events in arm 1, 0..<paramref name="total1"/>.</param>
    /// <param name="total1">Size of arm 1, at least 1.</param>
    /// <param name="events2">Events in arm 2, 0..<paramref name="total2"/>.</param>
    /// <param name="total2">Size of arm 2, at least 1.</param>
    /// <param name="continuityCorrection">Whether to apply R's capped Yates correction. The default is <see langword="true"/>, as in R.</param>
    /// <returns>The test and interval.</returns>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when a size is below 1 or a count is outside 0..size.</exception>
    public static TwoProportionTestResult Compute(int events1, int total1, int events2, int total2, bool continuityCorrection = true)
    {
        CheckCounts(events1, total1, nameof(events1), nameof(total1));
        CheckCounts(events2, total2, nameof(events2), nameof(total2));
        double x1 = events1, n1 = total1, x2 = events2, n2 = total2;
        var p1 = x1 / n1;
        var p2 = x2 / n2;
        var delta = p1 - p2;
        var inverseSum = (1 / n1) + (1 / n2);
        var yates = continuityCorrection ? Math.Min(0.5, Math.Abs(delta) / inverseSum) : 0;
        var width = (Distributions.Z975 * Math.Sqrt((p1 * (1 - p1) / n1) + (p2 * (1 - p2) / n2))) + (yates * inverseSum);
        var interval = ConfidenceInterval.Of(Math.Max(delta - width, -1), Math.Min(delta + width, 1), Level);

        var pooled = (x1 + x2) / (n1 + n2);
        Span<double> observed = [x1, x2, n1 - x1, n2 - x2];
        Span<double> expected = [n1 * pooled, n2 * pooled, n1 * (1 - pooled), n2 * (1 - pooled)];
        var small = false;
        foreach (var e in expected)
        {
            small |= e < 5;
        }

        var result = new TwoProportionTestResult
        {
            Proportion1 = p1,
            Proportion2 = p2,
            Difference = delta,
            IsContinuityCorrected = continuityCorrection,
            YatesCorrection = yates,
            DegreesOfFreedom = 1,
            ConfidenceInterval = interval,
            HasSmallExpectedCount = small,
        };
        if (pooled == 0 || pooled == 1)
        {
            var reason = pooled == 0 ? "no events in either arm" : "every member had the event";
            return result with { ChiSquare = Statistic.Undefined(reason), P = Statistic.Undefined(reason) };
        }

        var statistic = 0.0;
        for (var i = 0; i < 4; i++)
        {
            var deviation = Math.Abs(observed[i] - expected[i]) - yates;
            statistic += deviation * deviation / expected[i];
        }

        return result with
        {
            ChiSquare = Statistic.Of(statistic),
            P = Statistic.Of(Distributions.ChiSquaredUpperTail(statistic, 1)),
        };
    }

    private static void CheckCounts(int events, int total, string eventsName, string totalName)
    {
        if (total < 1)
        {
            throw new ArgumentOutOfRangeException(totalName, total, $"{totalName} must be at least 1, was {total}.");
        }

        if (events < 0 || events > total)
        {
            throw new ArgumentOutOfRangeException(eventsName, events, $"{eventsName} must be 0..{total} ({totalName}), was {events}.");
        }
    }
}
