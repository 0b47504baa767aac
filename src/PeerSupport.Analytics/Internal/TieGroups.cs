namespace PeerSupport.Analytics.Internal;

/// <summary>Sizes of groups of exactly equal values.</summary>
internal static class TieGroups
{
    /// <summary>Returns the sizes (2 or more) of the groups of equal values, in increasing order of the value (O(n log n)).</summary>
    public static IReadOnlyList<int> Sizes(ReadOnlySpan<double> values)
    {
        var sorted = values.ToArray();
        Array.Sort(sorted);
        var sizes = new List<int>();
        for (var start = 0; start < sorted.Length;)
        {
            var end = start;
            while (end + 1 < sorted.Length && sorted[end + 1] == sorted[start])
            {
                end++;
            }

            if (end > start)
            {
                sizes.Add(end - start + 1);
            }

            start = end + 1;
        }

        return sizes.AsReadOnly();
    }
}
