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
    /// <param name="engine">The engine (its current rule set, cooldown and assessment window are used).</param>
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
        var cooldown = engine.CooldownDays;
        var window = engine.AssessmentWindowDays;
        options &= ~DecisionOptions.ProtectedRulesOnly;
        var decisions = new List<Decision>();
        foreach (var history in dataset.MemberHistories)
        {
            var member = history.Member;
            if (member.JoinedOn > asOf)
            {
                continue;
            }

            var memberOptions = options;
            if (member.LeftOn is { } leftOn && leftOn < asOf)
            {
                var sinceLeft = asOf.DayNumber - leftOn.DayNumber;
                if (sinceLeft > cooldown)
                {
                    continue;
                }

                memberOptions |= DecisionOptions.ProtectedRulesOnly;
            }

            var referrals = history.Referrals.Where(r => r.Date <= asOf).Select(ToPrior).ToArray();
            var subject = DecisionSubject.Member(member.Id.Value, member.GroupId.Value);
            decisions.Add(engine.Evaluate(subject, asOf, new MemberFactReader(history, asOf, window, hostFacts), referrals, memberOptions));
        }

        foreach (var group in dataset.GroupHistories)
        {
            decisions.Add(engine.Evaluate(DecisionSubject.Group(group.Group.Id.Value), asOf, new GroupFactReader(group, asOf, hostFacts), null, options));
        }

        return decisions;
    }

    /// <summary>Converts a dataset referral to the cooldown input.</summary>
    /// <param name="referral">The referral.</param>
    /// <returns>The prior referral.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="referral"/> is null.</exception>
    public static PriorReferral ToPrior(Referral referral)
    {
        ArgumentNullException.ThrowIfNull(referral);
        return new PriorReferral(referral.Id.Value, referral.Date, referral.Target.Value, referral.Priority, referral.Status);
    }
}
