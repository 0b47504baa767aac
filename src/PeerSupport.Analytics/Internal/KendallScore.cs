namespace PeerSupport.Analytics.Internal;

/// <summary>
/// Kendall's score S = Σ_{i&lt;j} sign(x_j − x_i) sign(y_j − y_i) in O(n log n) (Knight 1966): sort by (x, y), count
/// the pairs tied in x, in y and in both, and count the discordant pairs as the inversions a merge sort of y removes.
/// Then S = n0 − n1 − n2 + n3 − 2 D.
/// </summary>
internal static class KendallScore
{
    /// <summary>Computes S for a series in time order (x = position, so no ties in x).</summary>
    public static long ForSeries(ReadOnlySpan<double> y)
    {
        var values = y.ToArray();
        long n = values.Length;
        var tiedY = TiedPairs(values);
        var discordant = CountInversions(values);
        return (n * (n - 1) / 2) - tiedY - (2 * discordant);
    }

    /// <summary>Computes S for paired observations.</summary>
    public static long ForPairs(ReadOnlySpan<double> x, ReadOnlySpan<double> y)
    {
        var n = x.Length;
        var order = new int[n];
        for (var i = 0; i < n; i++)
        {
            order[i] = i;
        }

        var xs = x.ToArray();
        var ys = y.ToArray();
        Array.Sort(order, (a, b) =>
        {
            var byX = xs[a].CompareTo(xs[b]);
            return byX != 0 ? byX : ys[a].CompareTo(ys[b]);
        });

        long tiedX = 0, tiedBoth = 0;
        for (var start = 0; start < n;)
        {
            var end = start;
            while (end + 1 < n && xs[order[end + 1]] == xs[order[start]])
            {
                end++;
            }

            long run = end - start + 1;
            tiedX += run * (run - 1) / 2;
            for (var inner = start; inner <= end;)
            {
                var innerEnd = inner;
                while (innerEnd + 1 <= end && ys[order[innerEnd + 1]] == ys[order[inner]])
                {
                    innerEnd++;
                }

                long both = innerEnd - inner + 1;
                tiedBoth += both * (both - 1) / 2;
                inner = innerEnd + 1;
            }

            start = end + 1;
        }

        var sortedY = new double[n];
        for (var i = 0; i < n; i++)
        {
            sortedY[i] = ys[order[i]];
        }

        var tiedY = TiedPairs(ys);
        var discordant = CountInversions(sortedY);
        long total = (long)n * (n - 1) / 2;
        return total - tiedX - tiedY + tiedBoth - (2 * discordant);
    }

    /// <summary>Number of pairs with equal values.</summary>
    private static long TiedPairs(double[] values)
    {
        var sorted = (double[])values.Clone();
        Array.Sort(sorted);
        long pairs = 0;
        for (var start = 0; start < sorted.Length;)
        {
            var end = start;
            while (end + 1 < sorted.Length && sorted[end + 1] == sorted[start])
            {
                end++;
            }

            long run = end - start + 1;
            pairs += run * (run - 1) / 2;
            start = end + 1;
        }

        return pairs;
    }

    /// <summary>Counts pairs i &lt; j with values[i] &gt; values[j] (strict) by a bottom-up merge sort; sorts <paramref name="values"/>.</summary>
    private static long CountInversions(double[] values)
    {
        var n = values.Length;
        var buffer = new double[n];
        long inversions = 0;
        for (var width = 1; width < n; width *= 2)
        {
            for (var left = 0; left < n - width; left += 2 * width)
            {
                int middle = left + width, right = Math.Min(left + (2 * width), n);
                int i = left, j = middle, k = left;
                while (i < middle && j < right)
                {
                    if (values[j] < values[i])
                    {
                        inversions += middle - i;
                        buffer[k++] = values[j++];
                    }
                    else
                    {
                        buffer[k++] = values[i++];
                    }
                }

                while (i < middle)
                {
                    buffer[k++] = values[i++];
                }

                while (j < right)
                {
                    buffer[k++] = values[j++];
                }

                Array.Copy(buffer, left, values, left, right - left);
            }
        }

        return inversions;
    }
}
