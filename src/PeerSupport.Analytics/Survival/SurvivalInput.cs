using PeerSupport.Analytics.Internal;

namespace PeerSupport.Analytics.Survival;

/// <summary>Validates right-censored survival input and sorts it by time (shared by Kaplan–Meier and the log-rank test).</summary>
internal static class SurvivalInput
{
    public static void Validate(IReadOnlyList<double> times, IReadOnlyList<bool> events)
    {
        ArgumentNullException.ThrowIfNull(times);
        ArgumentNullException.ThrowIfNull(events);
        if (times.Count == 0)
        {
            throw new ArgumentException("At least one observation is required; times is empty.", nameof(times));
        }

        if (events.Count != times.Count)
        {
            throw new ArgumentException($"events must have one entry per time: times has {times.Count}, events has {events.Count}.", nameof(events));
        }

        for (var i = 0; i < times.Count; i++)
        {
            var t = times[i];
            if (!double.IsFinite(t) || t < 0)
            {
                throw new ArgumentOutOfRangeException(nameof(times), $"times[{i}] must be a finite number >= 0, was {t.ToString("R", System.Globalization.CultureInfo.InvariantCulture)}.");
            }
        }
    }

    public static void ValidateGroups<TGroup>(IReadOnlyList<TGroup> groups, int count)
    {
        ArgumentNullException.ThrowIfNull(groups);
        if (groups.Count != count)
        {
            throw new ArgumentException($"groups must have one entry per time: times has {count}, groups has {groups.Count}.", nameof(groups));
        }

        for (var i = 0; i < groups.Count; i++)
        {
            if (groups[i] is null)
            {
                throw new ArgumentException($"groups[{i}] must not be null.", nameof(groups));
            }
        }
    }

    /// <summary>Returns the observation indices sorted by time (stable for equal times).</summary>
    public static int[] SortByTime(IReadOnlyList<double> times)
    {
        var keys = new double[times.Count];
        var order = new int[times.Count];
        for (var i = 0; i < keys.Length; i++)
        {
            keys[i] = times[i];
            order[i] = i;
        }

        Array.Sort(keys, order);
        return order;
    }

    /// <summary>Distinct group labels in <see cref="GroupLevels"/> order (ordinal for strings) and each observation's group index.</summary>
    public static (TGroup[] Levels, int[] Index) Levels<TGroup>(IReadOnlyList<TGroup> groups)
        where TGroup : notnull
    {
        var levels = GroupLevels.Distinct(groups);
        var lookup = new Dictionary<TGroup, int>(levels.Length);
        for (var i = 0; i < levels.Length; i++)
        {
            lookup[levels[i]] = i;
        }

        var index = new int[groups.Count];
        for (var i = 0; i < index.Length; i++)
        {
            index[i] = lookup[groups[i]];
        }

        return (levels, index);
    }
}
