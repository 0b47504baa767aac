namespace PeerSupport.Analytics.GroupHealth;

/// <summary>One step of the retention curve: the probability of not having dropped out by a day since joining. Immutable.</summary>
/// <param name="Day">Days since joining, ≥ 0.</param>
/// <param name="Retained">Kaplan–Meier probability of still not having dropped out just after <paramref name="Day"/>, in [0, 1].</param>
/// <param name="AtRisk">Members still followed at <paramref name="Day"/>; at least k (rows with fewer are not shown).</param>
public sealed record RetentionPoint(int Day, double Retained, int AtRisk);
