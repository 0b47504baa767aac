using PeerSupport.Datasets;
using PeerSupport.Domain;

namespace PeerSupport.Rules.Facts;

/// <summary>
/// Evaluates every active member and every group of a dataset as of a date. A member is evaluated when
/// <c>joinedOn ≤ asOf</c> and (no <c>leftOn</c> or <c>leftOn ≥ asOf</c>); members who left within the cooldown
/// (<c>0 &lt; asOf − leftOn ≤ cooldown</c>) are evaluated for protected rules only, so a crisis just before leaving is not lost.
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
public static class DatasetEvaluation
{
    /// <summary>Produces one decision per evaluated member (dataset order), then one per group (dataset order).</summary>
    /// <param name="engine">The engine (one snapshot of its current rule set, with the cooldown and assessment window in force, decides the whole batch).</param>
    /// <param name="dataset">The dataset.</param>
    /// <param name="asOf">The decision date.</param>
    /// <param name="options">Explanation and input recording (protected-only is decided per member).</param>
    /// <param name="hostFacts">Host-registered fact functions, or null.</param>
    /// <returns>The decisions.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="engine"/> or <paramref name="dataset"/> is null.</exception>
    public static IReadOnlyList<Decision> Evaluate(this ReferralEngine engine, PeerSupportDataset dataset, DateOnly asOf, DecisionOptions options = DecisionOptions.None, HostFacts? hostFacts = null)
    {
        ArgumentNullException.ThrowIfNull(engine);
        ArgumentNullException.ThrowIfNull(dataset);
        // One snapshot for the whole batch: facts (assessment window), cooldown, rules and stamp all come from the same
        // rule set even when TryUpdate swaps the engine's set while this runs.
        var snapshot = engine.Snapshot();
        options &= ~DecisionOptions.ProtectedRulesOnly;
        var decisions = new List<Decision>();
        foreach (var history in dataset.MemberHistories)
        {
            if (DecideMember(snapshot, history, asOf, options, hostFacts) is { } decision)
            {
                decisions.Add(decision);
            }
        }

        foreach (var group in dataset.GroupHistories)
        {
            decisions.Add(snapshot.Decide(DecisionSubject.Group(group.Group.Id.Value), asOf, new GroupFactReader(group, asOf, hostFacts), null, options));
        }

        return decisions;
    }

    /// <summary>
    /// Evaluates one member of a dataset as of a date with one snapshot of the engine's rule set (facts, cooldown, rules
    /// and stamp from the same set), applying the same active-member rule as the whole-dataset evaluation.
    /// </summary>
    /// <param name="engine">The engine.</param>
    /// <param name="dataset">The dataset.</param>
    /// <param name="memberId">The member.</param>
    /// <param name="asOf">The decision date.</param>
    /// <param name="options">Explanation and input recording (protected-only is decided by the membership).</param>
    /// <param name="hostFacts">Host-registered fact functions, or null.</param>
    /// <returns>The decision, or null when the member is not evaluated on that date (not joined yet, or left beyond the cooldown).</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="engine"/> or <paramref name="dataset"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">Thrown when the dataset has no such member.</exception>
    public static Decision? EvaluateMember(this ReferralEngine engine, PeerSupportDataset dataset, MemberId memberId, DateOnly asOf, DecisionOptions options = DecisionOptions.None, HostFacts? hostFacts = null)
    {
        ArgumentNullException.ThrowIfNull(engine);
        ArgumentNullException.ThrowIfNull(dataset);
        return DecideMember(engine.Snapshot(), dataset.GetMember(memberId), asOf, options & ~DecisionOptions.ProtectedRulesOnly, hostFacts);
    }

    /// <summary>Tells whether and how a member is evaluated as of a date (the active-member rule).</summary>
    /// <param name="member">The member.</param>
    /// <param name="asOf">The decision date.</param>
    /// <param name="cooldownDays">The cooldown in force: members who left within it get protected rules only.</param>
    /// <returns>The scope.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="member"/> is null.</exception>
    public static MemberEvaluationScope ScopeOf(Member member, DateOnly asOf, int cooldownDays)
    {
        ArgumentNullException.ThrowIfNull(member);
        if (member.JoinedOn > asOf)
        {
            return MemberEvaluationScope.NotYetJoined;
        }

        if (member.LeftOn is { } leftOn && leftOn < asOf)
        {
            return asOf.DayNumber - leftOn.DayNumber > cooldownDays ? MemberEvaluationScope.Left : MemberEvaluationScope.RecentlyLeft;
        }

        return MemberEvaluationScope.Active;
    }

    private static Decision? DecideMember(EngineSnapshot snapshot, MemberHistory history, DateOnly asOf, DecisionOptions options, HostFacts? hostFacts)
    {
        var member = history.Member;
        var scope = ScopeOf(member, asOf, snapshot.CooldownDays);
        if (scope is MemberEvaluationScope.NotYetJoined or MemberEvaluationScope.Left)
        {
            return null;
        }

        if (scope == MemberEvaluationScope.RecentlyLeft)
        {
            options |= DecisionOptions.ProtectedRulesOnly;
        }

        var referrals = history.Referrals.Where(r => r.Date <= asOf).Select(ToPrior).ToArray();
        var subject = DecisionSubject.Member(member.Id.Value, member.GroupId.Value);
        return snapshot.Decide(subject, asOf, new MemberFactReader(history, asOf, snapshot.AssessmentWindowDays, hostFacts), referrals, options);
    }

    /// <summary>Converts a dataset referral to the cooldown input.</summary>
    /// <param name="referral">The referral.</param>
    /// <returns>The prior referral.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="referral"/> is null.</exception>
    public static PriorReferral ToPrior(Referral referral)
    {
        ArgumentNullException.ThrowIfNull(referral);
        return new PriorReferral(referral.Id.Value, referral.Date, referral.Target.Value, referral.Priority, referral.Status, referral.RuleId);
    }
}

/// <summary>How a member is evaluated on a decision date.</summary>
public enum MemberEvaluationScope
{
    /// <summary>Joined on or before the date and not left before it: every member rule.</summary>
    Active,

    /// <summary>Left within the cooldown before the date: protected rules only, so a crisis just before leaving is not lost.</summary>
    RecentlyLeft,

    /// <summary>Left longer ago than the cooldown: not evaluated.</summary>
    Left,

    /// <summary>Joins after the date: not evaluated.</summary>
    NotYetJoined,
}
