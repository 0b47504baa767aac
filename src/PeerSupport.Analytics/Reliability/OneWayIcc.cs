using PeerSupport.Analytics.Internal;

namespace PeerSupport.Analytics.Reliability;

/// <summary>
/// One-way ANOVA ICC(1) for members nested in groups of unequal size, with the design effect. Thread-safe (no shared state).
/// </summary>
public static class OneWayIcc
{
    /// <summary>Computes ICC(1), F test and design effect from (group, score) rows, one per member.</summary>
    /// <typeparam name="TGroup">The group label type.</typeparam>
    /// <param name="rows">One row per member: the group label (not null) and the score (finite); at least 2 distinct groups.</param>
    /// <returns>The result, as <see cref="Compute{TGroup}(IReadOnlyList{TGroup}, IReadOnlyList{double})"/> on the same data.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="rows"/> is null.</exception>
    /// <exception cref="ArgumentException">Thrown when a label is null, a score is not finite or there are fewer than 2 groups.</exception>
    public static OneWayIccResult<TGroup> Compute<TGroup>(IEnumerable<(TGroup Group, double Score)> rows)
        where TGroup : notnull
    {
        var (groups, scores) = GroupedColumns.Columns(rows);
        return Compute(groups, scores);
    }

    /// <summary>Computes ICC(1), F test and design effect.</summary>
    /// <typeparam name="TGroup">The group label type.</typeparam>
    /// <param name="groups">The group of each member, not null; at least 2 distinct groups.</param>
    /// <param name="scores">The score of each member, finite; one per group entry.</param>
    /// <returns>The result; values whose formula divides 0 by 0 (e.g. constant scores) are undefined with the reason.</returns>
    /// <exception cref="ArgumentNullException">Thrown when an argument is null.</exception>
    /// <exception cref="ArgumentException">Thrown when the lengths differ, a label is null, a score is not finite or there are fewer than 2 groups.</exception>
    public static OneWayIccResult<TGroup> Compute<TGroup>(IReadOnlyList<TGroup> groups, IReadOnlyList<double> scores)
        where TGroup : notnull
    {
        ArgumentNullException.ThrowIfNull(groups);
        ArgumentNullException.ThrowIfNull(scores);
        if (groups.Count != scores.Count)
        {
            throw new ArgumentException($"groups and scores must have the same length: groups has {groups.Count}, scores has {scores.Count}.", nameof(scores));
        }

        for (var i = 0; i < scores.Count; i++)
        {
            if (groups[i] is null)
            {
                throw new ArgumentException($"groups[{i}] must not be null.", nameof(groups));
            }

            if (!double.IsFinite(scores[i]))
            {
                throw new ArgumentException($"scores[{i}] must be finite, was {scores[i]}.", nameof(scores));
            }
        }

        var levels = GroupLevels.Distinct(groups);
        if (levels.Length < 2)
        {
            throw new ArgumentException($"ICC(1) needs at least 2 groups, got {levels.Length}.", nameof(groups));
        }

        var lookup = new Dictionary<TGroup, int>(levels.Length);
        for (var j = 0; j < levels.Length; j++)
        {
            lookup[levels[j]] = j;
        }

        var sizes = new int[levels.Length];
        var sums = new double[levels.Length];
        var grand = 0.0;
        for (var i = 0; i < scores.Count; i++)
        {
            var j = lookup[groups[i]];
            sizes[j]++;
            sums[j] += scores[i];
            grand += scores[i];
        }

        var n = scores.Count;
        grand /= n;
        var means = new double[levels.Length];
        var ssb = 0.0;
        for (var j = 0; j < levels.Length; j++)
        {
            means[j] = sums[j] / sizes[j];
            var d = means[j] - grand;
            ssb += sizes[j] * d * d;
        }

        var ssw = 0.0;
        for (var i = 0; i < n; i++)
        {
            var d = scores[i] - means[lookup[groups[i]]];
            ssw += d * d;
        }

        var groupCount = levels.Length;
        double dfBetween = groupCount - 1;
        double dfWithin = n - groupCount;
        var msb = ssb / dfBetween;
        var n0 = (n - (sizes.Sum(s => (double)s * s) / n)) / dfBetween;
        Statistic msw, f, p, icc, deff;
        if (dfWithin == 0)
        {
            msw = Statistic.Undefined("every group has one member, so there are no within-group degrees of freedom");
            f = p = icc = deff = msw;
        }
        else
        {
            var mswValue = ssw / dfWithin;
            msw = Statistic.Of(mswValue);
            var fValue = msb / mswValue;
            f = Statistic.FromDouble(fValue, "the between- and within-group mean squares are both 0 (constant scores)");
            p = f.TryGetValue(out var fv) ? Statistic.Of(Distributions.FUpperTail(fv, dfBetween, dfWithin)) : f;
            var iccValue = (msb - mswValue) / (msb + ((n0 - 1) * mswValue));
            icc = double.IsFinite(iccValue) ? Statistic.Of(iccValue) : Statistic.Undefined("the mean squares are 0 (constant scores), so ICC(1) is 0/0");
            deff = icc.TryGetValue(out var iv) ? Statistic.Of(1 + ((((double)n / groupCount) - 1) * iv)) : icc;
        }

        return new OneWayIccResult<TGroup>(Array.AsReadOnly(levels), Array.AsReadOnly(sizes), ssb, ssw, msw, f, p, n0, icc, deff);
    }
}
