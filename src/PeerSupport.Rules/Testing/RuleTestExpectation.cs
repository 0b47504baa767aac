namespace PeerSupport.Rules.Testing;

/// <summary>
/// What a rule test expects. Recommendations, suppressed entries and unknown rule ids are compared as sets (exactly);
/// <see cref="NeedsReview"/> is checked only when given.
/// </summary>
/// <param name="Recommendations">The expected recommendations.</param>
/// <param name="Suppressed">The expected suppressed recommendations, or null to not check them.</param>
/// <param name="Unknowns">The rule ids expected in the decision's unknowns, or null to not check them.</param>
/// <param name="NeedsReview">The expected needsReview flag, or null to not check it.</param>
public sealed record RuleTestExpectation(
    IReadOnlyList<ExpectedRecommendation> Recommendations,
    IReadOnlyList<ExpectedRecommendation>? Suppressed,
    IReadOnlyList<string>? Unknowns,
    bool? NeedsReview);
