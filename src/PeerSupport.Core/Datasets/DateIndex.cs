using System.Collections.Immutable;

namespace PeerSupport.Datasets;

/// <summary>Binary search over arrays already sorted by date: how many entries are dated on or before a date.</summary>
internal static class DateIndex
{
    public static int CountOnOrBefore<T>(ImmutableArray<T> sorted, DateOnly date, Func<T, DateOnly> dateOf)
    {
        int lo = 0, hi = sorted.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (dateOf(sorted[mid]) <= date)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }
}
