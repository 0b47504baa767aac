namespace PeerSupport.Analytics.Internal;

/// <summary>
/// The one ordering of group labels used by every grouped method (ICC(1), log-rank, Kaplan–Meier by group, the
/// random-intercept model): strings in ordinal (UTF-16 code unit) order, never the current culture's collation, so the
/// order is the same on every machine; other label types in <see cref="Comparer{T}.Default"/> order.
/// </summary>
internal static class GroupLevels
{
    /// <summary>Gets the comparer that orders labels of type <typeparamref name="TGroup"/>.</summary>
    public static IComparer<TGroup> Comparer<TGroup>() => typeof(TGroup) == typeof(string)
        ? (IComparer<TGroup>)(object)StringComparer.Ordinal
        : System.Collections.Generic.Comparer<TGroup>.Default;

    /// <summary>Gets the distinct labels in order.</summary>
    public static TGroup[] Distinct<TGroup>(IEnumerable<TGroup> groups) => [.. groups.Distinct().Order(Comparer<TGroup>())];
}
