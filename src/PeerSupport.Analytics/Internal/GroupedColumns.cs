namespace PeerSupport.Analytics.Internal;

/// <summary>
/// Turns the long-format data a researcher has — one row (or one entry of parallel columns) per observation with a
/// group label — into the per-group arrays the two-sample methods take. Rows of other groups are ignored, so a
/// three-arm dataset can be compared two arms at a time.
/// </summary>
internal static class GroupedColumns
{
    public static (double[] First, double[] Second) SplitTwo<TGroup>(IReadOnlyList<TGroup> groups, IReadOnlyList<double> values, TGroup group1, TGroup group2)
        where TGroup : notnull
    {
        ArgumentNullException.ThrowIfNull(groups);
        ArgumentNullException.ThrowIfNull(values);
        SampleMath.RequireSameLength(groups.Count, values.Count, nameof(groups), nameof(values));
        return SplitTwo(Rows(groups, values), group1, group2);
    }

    public static (double[] First, double[] Second) SplitTwo<TGroup>(IEnumerable<(TGroup Group, double Value)> rows, TGroup group1, TGroup group2)
        where TGroup : notnull
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(group1);
        ArgumentNullException.ThrowIfNull(group2);
        var comparer = EqualityComparer<TGroup>.Default;
        if (comparer.Equals(group1, group2))
        {
            throw new ArgumentException($"group1 and group2 must be different labels, both were '{group1}'.", nameof(group2));
        }

        List<double> first = [], second = [];
        var index = 0;
        foreach (var (group, value) in rows)
        {
            if (group is null)
            {
                throw new ArgumentException($"The group label of row {index} must not be null.", nameof(rows));
            }

            if (comparer.Equals(group, group1))
            {
                first.Add(value);
            }
            else if (comparer.Equals(group, group2))
            {
                second.Add(value);
            }

            index++;
        }

        return ([.. first], [.. second]);
    }

    public static (List<TGroup> Groups, List<double> Values) Columns<TGroup>(IEnumerable<(TGroup Group, double Value)> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        List<TGroup> groups = [];
        List<double> values = [];
        foreach (var (group, value) in rows)
        {
            groups.Add(group);
            values.Add(value);
        }

        return (groups, values);
    }

    private static IEnumerable<(TGroup Group, double Value)> Rows<TGroup>(IReadOnlyList<TGroup> groups, IReadOnlyList<double> values)
    {
        for (var i = 0; i < groups.Count; i++)
        {
            yield return (groups[i], values[i]);
        }
    }
}
