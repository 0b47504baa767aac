using PeerSupport.Datasets;
using PeerSupport.Rules;
using PeerSupport.Rules.Facts;

namespace PeerSupport.Cli.Reports;

/// <summary>The referral decisions for every evaluated member and group of a dataset as of a date.</summary>
/// <param name="AsOf">The decision date.</param>
/// <param name="RuleSet">The stamp of the rule set that decided.</param>
/// <param name="Decisions">One decision per evaluated member (dataset order), then per group.</param>
internal sealed record ReferralRun(DateOnly AsOf, RuleSetStamp RuleSet, IReadOnlyList<Decision> Decisions)
{
    /// <summary>Evaluates a dataset.</summary>
    /// <param name="dataset">The dataset.</param>
    /// <param name="ruleSet">The rule set.</param>
    /// <param name="asOf">The decision date.</param>
    /// <param name="explain">Whether decisions carry explanations.</param>
    /// <returns>The run.</returns>
    public static ReferralRun Evaluate(PeerSupportDataset dataset, CompiledRuleSet ruleSet, DateOnly asOf, bool explain)
    {
        var engine = new ReferralEngine(ruleSet);
        var decisions = engine.Evaluate(dataset, asOf, explain ? DecisionOptions.Explain : DecisionOptions.None);
        return new ReferralRun(asOf, ruleSet.Stamp, decisions);
    }

    /// <summary>Gets the member decisions.</summary>
    public IEnumerable<Decision> Members => Decisions.Where(d => d.Subject.Kind == RuleSubject.Member);

    /// <summary>Gets the group decisions.</summary>
    public IEnumerable<Decision> Groups => Decisions.Where(d => d.Subject.Kind == RuleSubject.Group);

    /// <summary>Gets the decisions worth a reader's attention: a recommendation, a suppression, an unknown or a review flag.</summary>
    public IEnumerable<Decision> Notable => Decisions.Where(IsNotable);

    /// <summary>Tells whether a decision has anything to act on or look at.</summary>
    /// <param name="decision">The decision.</param>
    /// <returns>Whether it is notable.</returns>
    public static bool IsNotable(Decision decision) =>
        decision.Recommendations.Count > 0 || decision.Suppressed.Count > 0 || decision.Unknowns.Count > 0 || decision.NeedsReview;
}
