namespace PeerSupport.Analytics.Proportions;

/// <summary>
/// Fisher's exact test for a 2x2 table with the conditional MLE odds ratio and its exact interval. Work is linear in
/// the support size min(row, column totals) per evaluation; roots are found by bisection on log(odds ratio) to about
/// 1e-15. Pure and thread-safe.
/// </summary>
public static class FisherExactTest
{
    private const double Level = 0.95;
    private const double TailProbability = 0.025;

    /// <summary>Runs the two-sided test of the table [[a, b], [c, d]] (rows = arms, columns = event, no event).</summary>
    /// <param name="a">Arm 1 with the event, 0 or more.</param>
    /// <param name="b">Arm 1 without the event, 0 or more.</param>
    /// <param name="c">Arm 2 with the event, 0 or more.</param>
    /// <param name="d">Arm 2 without the event, 0 or more.</param>
    /// <returns>The test.</returns>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when a count is negative.</exception>
    /// <exception cref="ArgumentException">Thrown when the table total exceeds <see cref="int.MaxValue"/>.</exception>
    public static FisherExactTestResult Compute(int a, int b, int c, int d)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(a);
        ArgumentOutOfRangeException.ThrowIfNegative(b);
        ArgumentOutOfRangeException.ThrowIfNegative(c);
        ArgumentOutOfRangeException.ThrowIfNegative(d);
        if ((long)a + b + c + d > int.MaxValue)
        {
            throw new ArgumentException("The table total must not exceed int.MaxValue.", nameof(d));
        }

        var table = new Support(a, b, c, d);
        var null1 = table.Probabilities(0);
        var observed = null1[a - table.Low];
        var p = 0.0;
        foreach (var probability in null1)
        {
            if (probability <= observed * (1 + 1e-7))
            {
                p += probability;
            }
        }

        var oddsRatio = table.Low == table.High ? Statistic.Undefined("a row or column total is 0, so only one table has these margins and the odds ratio is not identified")
            : a == table.Low ? Statistic.Of(0)
            : a == table.High ? Statistic.Of(double.PositiveInfinity)
            : Statistic.Of(Math.Exp(Solve(t => table.Mean(t) - a, increasing: true)));
        var lower = a == table.Low ? 0 : Math.Exp(Solve(t => table.UpperTail(a, t) - TailProbability, increasing: true));
        var upper = a == table.High ? double.PositiveInfinity : Math.Exp(Solve(t => table.LowerTail(a, t) - TailProbability, increasing: false));
        double ad = (double)a * d, bc = (double)b * c;
        var sample = bc == 0
            ? (ad == 0 ? Statistic.Undefined("a·d and b·c are both 0") : Statistic.Of(double.PositiveInfinity))
            : Statistic.Of(ad / bc);
        return new FisherExactTestResult
        {
            P = Math.Min(1, p),
            OddsRatio = oddsRatio,
            ConfidenceInterval = ConfidenceInterval.Of(lower, Math.Max(lower, upper), Level),
            SampleOddsRatio = sample,
        };
    }

    /// <summary>Finds the root in t = log(odds ratio) of a monotone function by bracketing and bisection.</summary>
    private static double Solve(Func<double, double> f, bool increasing)
    {
        double sign = increasing ? 1 : -1, low = -1, high = 1;
        while (sign * f(low) > 0 && low > -1e6)
        {
            low *= 2;
        }

        while (sign * f(high) < 0 && high < 1e6)
        {
            high *= 2;
        }

        for (var i = 0; i < 200; i++)
        {
            var middle = low + ((high - low) / 2);
            if (middle <= low || middle >= high || high - low <= 1e-16 * Math.Max(1, Math.Abs(middle)))
            {
                return middle;
            }

            var value = sign * f(middle);
            if (value == 0)
            {
                return middle;
            }

            if (value < 0)
            {
                low = middle;
            }
            else
            {
                high = middle;
            }
        }

        return low + ((high - low) / 2);
    }

    /// <summary>The conditional distribution of a given the margins: support Low..High and the central hypergeometric weights.</summary>
    private sealed class Support
    {
        private readonly double[] _logWeights;

        public Support(int a, int b, int c, int d)
        {
            long m1 = (long)a + c, m2 = (long)b + d, k = (long)a + b;
            Low = (int)Math.Max(0, k - m2);
            High = (int)Math.Min(k, m1);
            var size = High - Low + 1;

            // Log-ratios of consecutive weights choose(m1, x) choose(m2, k − x), accumulated from the mode (no overflow or underflow).
            _logWeights = new double[size];
            var mode = (int)Math.Clamp((long)Math.Floor((k + 1.0) * (m1 + 1.0) / (m1 + m2 + 2.0)), Low, High);
            for (var x = mode; x < High; x++)
            {
                _logWeights[x + 1 - Low] = _logWeights[x - Low] + Math.Log((m1 - x) * (double)(k - x) / ((x + 1.0) * (m2 - k + x + 1)));
            }

            for (var x = mode; x > Low; x--)
            {
                _logWeights[x - 1 - Low] = _logWeights[x - Low] + Math.Log(x * (double)(m2 - k + x) / ((m1 - x + 1.0) * (k - x + 1)));
            }
        }

        public int Low { get; }

        public int High { get; }

        /// <summary>Probabilities of Low..High under odds ratio exp(t).</summary>
        public double[] Probabilities(double t)
        {
            var result = new double[_logWeights.Length];
            var max = double.NegativeInfinity;
            for (var i = 0; i < result.Length; i++)
            {
                result[i] = _logWeights[i] + ((Low + i) * t);
                max = Math.Max(max, result[i]);
            }

            var sum = 0.0;
            for (var i = 0; i < result.Length; i++)
            {
                result[i] = Math.Exp(result[i] - max);
                sum += result[i];
            }

            for (var i = 0; i < result.Length; i++)
            {
                result[i] /= sum;
            }

            return result;
        }

        public double Mean(double t)
        {
            var probabilities = Probabilities(t);
            var mean = 0.0;
            for (var i = 0; i < probabilities.Length; i++)
            {
                mean += (Low + i) * probabilities[i];
            }

            return mean;
        }

        public double UpperTail(int a, double t)
        {
            var probabilities = Probabilities(t);
            var sum = 0.0;
            for (var i = a - Low; i < probabilities.Length; i++)
            {
                sum += probabilities[i];
            }

            return sum;
        }

        public double LowerTail(int a, double t)
        {
            var probabilities = Probabilities(t);
            var sum = 0.0;
            for (var i = 0; i <= a - Low; i++)
            {
                sum += probabilities[i];
            }

            return sum;
        }
    }
}
