using PeerSupport.Facilitation;

namespace PeerSupport.Analytics.GroupHealth;

/// <summary>How many facilitation gaps of one kind were found. Immutable.</summary>
/// <param name="Kind">The gap kind.</param>
/// <param name="Count">The number of gaps, ≥ 1.</param>
public sealed record GapCount(FacilitationGapKind Kind, int Count);
