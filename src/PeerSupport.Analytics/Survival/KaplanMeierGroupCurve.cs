namespace PeerSupport.Analytics.Survival;

/// <summary>A Kaplan–Meier curve of one group. Immutable and thread-safe.</summary>
/// <typeparam name="TGroup">The group label type.</typeparam>
public sealed class KaplanMeierGroupCurve<TGroup>
    where TGroup : notnull
{
    internal KaplanMeierGroupCurve(TGroup group, KaplanMeierCurve curve)
    {
        Group = group;
        Curve = curve;
    }

    /// <summary>Gets the group label.</summary>
    public TGroup Group { get; }

    /// <summary>Gets the group's curve.</summary>
    public KaplanMeierCurve Curve { get; }
}
