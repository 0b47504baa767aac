namespace PeerSupport.Analytics.Reliability;

/// <summary>Cronbach's alpha for internal consistency. Thread-safe (no shared state).</summary>
public static class CronbachAlpha
{
    /// <summary>Computes raw and standardized alpha, the mean inter-item correlation and alpha-if-item-dropped.</summary>
    /// <param name="items">Scores, rows = respondents (n ≥ 2), columns = items (k ≥ 2), all finite; reverse-keyed items must already be reversed.</param>
    /// <returns>The result; statistics that divide by a zero variance are undefined with the reason.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="items"/> is null.</exception>
    /// <exception cref="ArgumentException">Thrown when there are fewer than 2 respondents or 2 items, or a score is not finite.</exception>
    public static CronbachAlphaResult Compute(double[,] items)
    {
        ArgumentNullException.ThrowIfNull(items);
        var n = items.GetLength(0);
        var k = items.GetLength(1);
        if (n < 2)
        {
            throw new ArgumentException($"Cronbach's alpha needs at least 2 respondents (rows), got {n}.", nameof(items));
        }

        if (k < 2)
        {
            throw new ArgumentException($"Cronbach's alpha needs at least 2 items (columns), got {k}.", nameof(items));
        }

        var means = new double[k];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < k; j++)
            {
                var x = items[i, j];
                if (!double.IsFinite(x))
                {
                    throw new ArgumentException($"items[{i}, {j}] must be finite, was {x}.", nameof(items));
                }

                means[j] += x;
            }
        }

        for (var j = 0; j < k; j++)
        {
            means[j] /= n;
        }

        var cov = new double[k, k];
        for (var i = 0; i < n; i++)
        {
            for (var a = 0; a < k; a++)
            {
                var da = items[i, a] - means[a];
                for (var b = a; b < k; b++)
                {
                    cov[a, b] += da * (items[i, b] - means[b]);
                }
            }
        }

        for (var a = 0; a < k; a++)
        {
            for (var b = a; b < k; b++)
            {
                cov[a, b] /= n - 1;
                cov[b, a] = cov[a, b];
            }
        }

        var all = Enumerable.Range(0, k).ToArray();
        var (raw, standardized, averageR, total) = Statistics(cov, all);
        var dropped = new AlphaIfItemDropped[k];
        for (var j = 0; j < k; j++)
        {
            var rest = all.Where(a => a != j).ToArray();
            var (r, s, ar, _) = Statistics(cov, rest);
            dropped[j] = new AlphaIfItemDropped(j, r, s, ar);
        }

        var variances = new double[k];
        for (var j = 0; j < k; j++)
        {
            variances[j] = cov[j, j];
        }

        return new CronbachAlphaResult(n, raw, standardized, averageR, Array.AsReadOnly(variances), total, Array.AsReadOnly(dropped));
    }

    private static (Statistic Raw, Statistic Standardized, Statistic AverageR, double TotalVariance) Statistics(double[,] cov, int[] subset)
    {
        var k = subset.Length;
        var total = 0.0;
        var sumVariances = 0.0;
        foreach (var a in subset)
        {
            sumVariances += cov[a, a];
            foreach (var b in subset)
            {
                total += cov[a, b];
            }
        }

        if (k < 2)
        {
            var one = Statistic.Undefined("only one item remains");
            return (one, one, one, total);
        }

        var raw = total > 0
            ? Statistic.Of(k / (k - 1.0) * (1 - (sumVariances / total)))
            : Statistic.Undefined("the total score has variance 0");

        if (subset.Any(a => !(cov[a, a] > 0)))
        {
            var constant = Statistic.Undefined("an item has variance 0, so its correlations are undefined");
            return (raw, constant, constant, total);
        }

        var sumR = 0.0;
        for (var x = 0; x < k; x++)
        {
            for (var y = x + 1; y < k; y++)
            {
                var a = subset[x];
                var b = subset[y];
                sumR += cov[a, b] / Math.Sqrt(cov[a, a] * cov[b, b]);
            }
        }

        var averageR = sumR / (k * (k - 1) / 2.0);
        var denominator = 1 + ((k - 1) * averageR);
        var standardized = denominator != 0
            ? Statistic.Of(k * averageR / denominator)
            : Statistic.Undefined("1 + (k - 1) r is 0");
        return (raw, standardized, Statistic.Of(averageR), total);
    }
}
