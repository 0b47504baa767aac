using PeerSupport.Datasets;
using PeerSupport.Rules;
using PeerSupport.Rules.Facts;

namespace PeerSupport.Cli.Reports;

/// <summary>The referral decisions for every evaluated member and group of a dataset as of a date.</summary>
/// <param name="AsOf">The decision date.</param>
/// <param name="RuleSet">The stamp of the rule set that decided.</param>
/// <param name="Decisions">One decision per evaluated member (dataset order), then per group.</param>
/// <param name="Members">How many members of the dataset fall in each evaluation scope on the decision date.</param>
/// <param name="ProtectedRuleIds">The rules of the set that are protected (an unknown one is always worth listing).</param>
internal sealed record ReferralRun(DateOnly AsOf, RuleSetStamp RuleSet, IReadOnlyList<Decision> Decisions, MemberScopeCounts Members, IReadOnlySet<string> ProtectedRuleIds)
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
        var scopes = dataset.MemberHistories.Select(h => DatasetEvaluation.ScopeOf(h.Member, asOf, ruleSet.Settings.CooldownDays)).ToList();
        var counts = new MemberScopeCounts(
            scopes.Count(s => s == MemberEvaluationScope.Active),
            scopes.Count(s => s == MemberEvaluationScope.RecentlyLeft),
            scopes.Count(s => s == MemberEvaluationScope.Left),
            scopes.Count(s => s == MemberEvaluationScope.NotYetJoined));
        var protectedIds = ruleSet.Model.Rules.Where(r => r.IsProtected).Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        return new ReferralRun(asOf, ruleSet.Stamp, decisions, counts, protectedIds);
    }

    /// <summary>Gets the member decisions.</summary>
    public IEnumerable<Decision> MemberDecisions => Decisions.Where(d => d.Subject.Kind == RuleSubject.Member);

    /// <summary>Gets the group decisions.</summary>
    public IEnumerable<Decision> Groups => Decisions.Where(d => d.Subject.Kind == RuleSubject.Group);

    /// <summary>Gets the decisions worth a reader's attention: a recommendation, a suppression, an unknown or a review flag.</summary>
    public IEnumerable<Decision> Notable => Decisions.Where(IsNotable);

    /// <summary>
    /// Tells whether a decision has anything to act on or look at: a recommendation, a suppression, a rule undecided for
    /// missing data (a protected one among them always sets needs review), a failed rule or the review flag.
    /// </summary>
    /// <param name="decision">The decision.</param>
    /// <returns>Whether it is notable.</returns>
    public static bool IsNotable(Decision decision) =>
        decision.Recommendations.Count > 0 || decision.Suppressed.Count > 0 || decision.Unknowns.Count > 0 || decision.Errors.Count > 0 || decision.NeedsReview;
}

/// <summary>How the members of a dataset were treated on the decision date.</summary>
/// <param name="Active">Joined and not left: every member rule evaluated.</param>
/// <param name="RecentlyLeft">Left within the cooldown: protected rules only.</param>
/// <param name="Left">Left longer ago than the cooldown: not evaluated.</param>
/// <param name="NotYetJoined">Join after the decision date: not evaluated.</param>
internal sealed record MemberScopeCounts(int Active, int RecentlyLeft, int Left, int NotYetJoined);
