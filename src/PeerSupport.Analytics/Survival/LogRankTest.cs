using PeerSupport.Analytics.Internal;

namespace PeerSupport.Analytics.Survival;

/// <summary>
/// The log-rank test for G ≥ 2 groups (R's <c>survival::survdiff</c>, <c>rho = 0</c>), with ties handled by the
/// hypergeometric variance. O(n log n + T·G²) for T distinct times. Thread-safe (no shared state).
/// </summary>
public static class LogRankTest
{
    /// <summary>Compares the survival of two or more groups given as (group, time, event) rows, one per observation.</summary>
    /// <typeparam name="TGroup">The group label type.</typeparam>
    /// <param name="rows">One row per observation: group label (not null), time (finite, ≥ 0) and whether it is an event (<see langword="false"/> = censored).</param>
    /// <returns>The test result, as <see cref="Compute{TGroup}(IReadOnlyList{double}, IReadOnlyList{bool}, IReadOnlyList{TGroup})"/> on the same data.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="rows"/> is null.</exception>
    /// <exception cref="ArgumentException">Thrown when there are no rows, a label is null or there are fewer than two groups.</exception>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when a time is negative or not finite.</exception>
    public static LogRankTestResult<TGroup> Compute<TGroup>(IEnumerable<(TGroup Group, double Time, bool Event)> rows)
        where TGroup : notnull
    {
        ArgumentNullException.ThrowIfNull(rows);
        List<TGroup> groups = [];
        List<double> times = [];
        List<bool> events = [];
        foreach (var (group, time, happened) in rows)
        {
            groups.Add(group);
            times.Add(time);
            events.Add(happened);
        }

        return Compute(times, events, groups);
    }

    /// <summary>Compares the survival of two or more groups.</summary>
    /// <typeparam name="TGroup">The group label type.</typeparam>
    /// <param name="times">Observed times, finite and ≥ 0.</param>
    /// <param name="events"><see langword="true"/> for an event, <see langword="false"/> for a censored time; one per time.</param>
    /// <param name="groups">The group of each observation, not null; at least two distinct groups.</param>
    /// <returns>The test result.</returns>
    /// <exception cref="ArgumentNullException">Thrown when an argument is null.</exception>
    /// <exception cref="ArgumentException">Thrown when the input is empty, the lengths differ, a label is null or there are fewer than two groups.</exception>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when a time is negative or not finite.</exception>
    public static LogRankTestResult<TGroup> Compute<TGroup>(IReadOnlyList<double> times, IReadOnlyList<bool> events, IReadOnlyList<TGroup> groups)
        where TGroup : notnull
    {
        SurvivalInput.Validate(times, events);
        SurvivalInput.ValidateGroups(groups, times.Count);
        var (levels, index) = SurvivalInput.Levels(groups);
        var g = levels.Length;
        if (g < 2)
        {
            throw new ArgumentException($"The log-rank test needs at least 2 groups, got {g}.", nameof(groups));
        }

        var sorted = SurvivalInput.SortByTime(times);
        var atRisk = new int[g];
        foreach (var gi in index)
        {
            atRisk[gi]++;
        }

        var counts = (int[])atRisk.Clone();
        var observed = new int[g];
        var expected = new double[g];
        var variance = new double[g, g];
        var deaths = new int[g];
        var leaving = new int[g];
        var total = times.Count;
        var k = 0;
        while (k < sorted.Length)
        {
            var time = times[sorted[k]];
            var start = k;
            var dt = 0;
            while (k < sorted.Length && times[sorted[k]] == time)
            {
                var i = sorted[k];
                leaving[index[i]]++;
                if (events[i])
                {
                    deaths[index[i]]++;
                    dt++;
                }

                k++;
            }

            if (dt > 0)
            {
                double nt = total;
                for (var a = 0; a < g; a++)
                {
                    observed[a] += deaths[a];
                    expected[a] += dt * atRisk[a] / nt;
                }

                if (total > 1)
                {
                    var factor = dt * (nt - dt) / (nt - 1);
                    for (var a = 0; a < g; a++)
                    {
                        var pa = atRisk[a] / nt;
                        for (var b = 0; b < g; b++)
                        {
                            var pb = atRisk[b] / nt;
                            variance[a, b] += factor * pa * ((a == b ? 1.0 : 0.0) - pb);
                        }
                    }
                }
            }

            for (var j = start; j < k; j++)
            {
                var gi = index[sorted[j]];
                atRisk[gi] -= leaving[gi];
                total -= leaving[gi];
                leaving[gi] = 0;
                deaths[gi] = 0;
            }
        }

        var rows = new LogRankGroup<TGroup>[g];
        for (var a = 0; a < g; a++)
        {
            var diff = observed[a] - expected[a];
            var overE = expected[a] > 0 ? Statistic.Of(diff * diff / expected[a]) : Statistic.Undefined("expected events are 0");
            var overV = variance[a, a] > 0 ? Statistic.Of(diff * diff / variance[a, a]) : Statistic.Undefined("the variance of O - E is 0");
            rows[a] = new LogRankGroup<TGroup>(levels[a], counts[a], observed[a], expected[a], overE, overV);
        }

        var (chi, df) = ChiSquare(observed, expected, variance);
        var p = chi.TryGetValue(out var x) ? Statistic.Of(Distributions.ChiSquaredUpperTail(x, df)) : Statistic.Undefined(chi.UndefinedReason!);
        var matrix = new IReadOnlyList<double>[g];
        for (var a = 0; a < g; a++)
        {
            var row = new double[g];
            for (var b = 0; b < g; b++)
            {
                row[b] = variance[a, b];
            }

            matrix[a] = Array.AsReadOnly(row);
        }

        return new LogRankTestResult<TGroup>(Array.AsReadOnly(rows), Array.AsReadOnly(matrix), chi, df, p);
    }

    private static (Statistic ChiSquare, int DegreesOfFreedom) ChiSquare(int[] observed, double[] expected, double[,] variance)
    {
        var kept = Enumerable.Range(0, expected.Length).Where(a => expected[a] > 0).ToArray();
        var df = Math.Max(kept.Length - 1, 0);
        if (kept.Length < 2)
        {
            return (Statistic.Undefined("fewer than two groups have expected events"), df);
        }

        // Generalized inverse: drop the first kept group and solve with the remaining block.
        var m = kept.Length - 1;
        var a = new double[m, m];
        var rhs = new double[m];
        for (var i = 0; i < m; i++)
        {
            rhs[i] = observed[kept[i + 1]] - expected[kept[i + 1]];
            for (var j = 0; j < m; j++)
            {
                a[i, j] = variance[kept[i + 1], kept[j + 1]];
            }
        }

        var solution = (double[])rhs.Clone();
        if (!SolveInPlace(a, solution))
        {
            return (Statistic.Undefined("the variance matrix of O - E is singular"), df);
        }

        var chi = 0.0;
        for (var i = 0; i < m; i++)
        {
            chi += rhs[i] * solution[i];
        }

        return (Statistic.Of(chi), df);
    }

    /// <summary>Gaussian elimination with partial pivoting; false when (numerically) singular.</summary>
    private static bool SolveInPlace(double[,] a, double[] b)
    {
        var n = b.Length;
        var scale = 0.0;
        foreach (var v in a)
        {
            scale = Math.Max(scale, Math.Abs(v));
        }

        for (var col = 0; col < n; col++)
        {
            var pivot = col;
            for (var r = col + 1; r < n; r++)
            {
                if (Math.Abs(a[r, col]) > Math.Abs(a[pivot, col]))
                {
                    pivot = r;
                }
            }

            if (!(Math.Abs(a[pivot, col]) > 1e-12 * scale))
            {
                return false;
            }

            if (pivot != col)
            {
                for (var c = 0; c < n; c++)
                {
                    (a[col, c], a[pivot, c]) = (a[pivot, c], a[col, c]);
                }

                (b[col], b[pivot]) = (b[pivot], b[col]);
            }

            for (var r = col + 1; r < n; r++)
            {
                var f = a[r, col] / a[col, col];
                for (var c = col; c < n; c++)
                {
                    a[r, c] -= f * a[col, c];
                }

                b[r] -= f * b[col];
            }
        }

        for (var r = n - 1; r >= 0; r--)
        {
            var s = b[r];
            for (var c = r + 1; c < n; c++)
            {
                s -= a[r, c] * b[c];
            }

            b[r] = s / a[r, r];
        }

        return true;
    }
}
