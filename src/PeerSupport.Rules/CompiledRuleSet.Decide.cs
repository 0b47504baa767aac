using PeerSupport.Rules.Evaluation;

namespace PeerSupport.Rules;

/// <summary>Decision building: evaluation, merging, cooldown, unknowns, fail-safe.</summary>
public sealed partial class CompiledRuleSet
{
    internal Decision DecideCore(DecisionSubject subject, DateOnly asOf, IFactReader facts, IReadOnlyList<PriorReferral>? referrals, DecisionOptions options, int cooldownDays)
    {
        ArgumentNullException.ThrowIfNull(subject);
        ArgumentNullException.ThrowIfNull(facts);
        var record = (options & DecisionOptions.RecordInputs) != 0;
        if (!record && facts is FactSlots own && ReferenceEquals(own.RuleSet, this))
        {
            return DecideCore(subject, asOf, own, null, referrals, options, cooldownDays);
        }

        var slots = RentSlots();
        try
        {
            var recorder = record ? new RecordingFactReader(facts) : null;
            slots.Fill(recorder is null ? facts : recorder, subject.Kind, (options & DecisionOptions.ProtectedRulesOnly) != 0);
            return DecideCore(subject, asOf, slots, recorder, referrals, options, cooldownDays);
        }
        finally
        {
            slots.InUse = false;
        }
    }

    private Decision DecideCore(DecisionSubject subject, DateOnly asOf, FactSlots slots, RecordingFactReader? recorder, IReadOnlyList<PriorReferral>? referrals, DecisionOptions options, int cooldownDays)
    {
        referrals ??= [];
        var explain = (options & DecisionOptions.Explain) != 0;
        var protectedOnly = (options & DecisionOptions.ProtectedRulesOnly) != 0;

        List<CompiledRule>? fired = null;
        List<UnknownRule>? unknowns = null;
        List<RuleFailure>? errors = null;
        List<RuleExplanation>? explanation = explain ? [] : null;
        var needsReview = false;
        var rules = subject.Kind == RuleSubject.Member ? _memberRules : _groupRules;
        foreach (var rule in rules)
        {
            if (protectedOnly && !rule.Rule.IsProtected)
            {
                continue;
            }

            var trace = explain ? new EvaluationTrace() : null;
            TruthValue truth;
            string? error = null;
            try
            {
                truth = explain ? ReferenceInterpreter.Evaluate(rule.Node, slots, trace) : rule.Evaluate(slots);
                if (truth == TruthValue.UnknownMissing && trace is null)
                {
                    trace = new EvaluationTrace();
                    ReferenceInterpreter.Evaluate(rule.Node, slots, trace);
                }
            }
#pragma warning disable CA1031 // Fail-safe: a failing rule is reported and forces review; it never becomes "no referral".
            catch (Exception ex)
#pragma warning restore CA1031
            {
                truth = TruthValue.False;
                error = ex is RuleEvaluationException ? ex.Message : ex.GetType().Name + ": " + ex.Message;
            }

            if (error is not null)
            {
                (errors ??= []).Add(new RuleFailure(rule.Rule.Id, error));
                needsReview = true;
            }
            else if (truth == TruthValue.True)
            {
                (fired ??= []).Add(rule);
            }
            else if (truth == TruthValue.UnknownMissing)
            {
                (unknowns ??= []).Add(new UnknownRule(rule.Rule.Id, trace!.MissingFacts.ToArray()));
                needsReview |= rule.Rule.IsProtected;
            }

            explanation?.Add(new RuleExplanation(rule.Rule.Id, error is null ? Kleene.ToResult(truth) : RuleResult.Error, error, trace?.Comparisons.ToArray() ?? []));
        }

        Recommendation[] recommendations = [];
        SuppressedRecommendation[] suppressed = [];
        if (fired is not null)
        {
            Merge(fired, asOf, referrals, cooldownDays, out recommendations, out suppressed);
        }

        return new Decision(
            subject,
            asOf,
            Stamp,
            recommendations,
            suppressed,
            unknowns is null ? [] : unknowns.ToArray(),
            errors is null ? [] : errors.ToArray(),
            needsReview,
            Model.Overrides,
            protectedOnly,
            explanation?.ToArray(),
            recorder?.ToFactSet(),
            referrals,
            cooldownDays);
    }

    /// <summary>
    /// One recommendation per (action, target): the highest priority, every contributing rule id and reason; ordered by
    /// priority (highest first), then by the first contributing rule; then split by cooldown suppression.
    /// </summary>
    private static void Merge(List<CompiledRule> fired, DateOnly asOf, IReadOnlyList<PriorReferral> referrals, int cooldownDays, out Recommendation[] recommendations, out SuppressedRecommendation[] suppressed)
    {
        var groups = new List<MergeGroup>(fired.Count);
        foreach (var compiled in fired)
        {
            var rule = compiled.Rule;
            var outcome = rule.Outcome;
            MergeGroup? group = null;
            foreach (var candidate in groups)
            {
                if (candidate.Action == outcome.Action && string.Equals(candidate.Target, outcome.Target, StringComparison.Ordinal))
                {
                    group = candidate;
                    break;
                }
            }

            if (group is null)
            {
                group = new MergeGroup(outcome.Action, outcome.Target, outcome.Priority);
                groups.Add(group);
            }
            else if (outcome.Priority > group.Priority)
            {
                group.Priority = outcome.Priority;
            }

            group.Ids.Add(rule.Id);
            group.Reasons.Add(rule.Title);
        }

        // Stable insertion sort by priority, highest first: ties keep the order of their first contributing rule.
        for (var i = 1; i < groups.Count; i++)
        {
            var current = groups[i];
            var j = i - 1;
            while (j >= 0 && groups[j].Priority < current.Priority)
            {
                groups[j + 1] = groups[j];
                j--;
            }

            groups[j + 1] = current;
        }

        var kept = new List<Recommendation>(groups.Count);
        List<SuppressedRecommendation>? held = null;
        foreach (var group in groups)
        {
            var recommendation = new Recommendation(group.Action, group.Target, group.Priority, group.Ids.ToArray(), group.Reasons.ToArray());
            var by = FindSuppressor(recommendation, asOf, referrals, cooldownDays);
            if (by is null)
            {
                kept.Add(recommendation);
            }
            else
            {
                (held ??= []).Add(new SuppressedRecommendation(recommendation, by));
            }
        }

        recommendations = kept.ToArray();
        suppressed = held is null ? [] : held.ToArray();
    }

    /// <summary>The most recent open referral to the same target with priority ≥ P dated within the cooldown; stat is never suppressed.</summary>
    private static PriorReferral? FindSuppressor(Recommendation recommendation, DateOnly asOf, IReadOnlyList<PriorReferral> referrals, int cooldownDays)
    {
        if (recommendation.Priority == RulePriority.Stat)
        {
            return null;
        }

        PriorReferral? best = null;
        foreach (var referral in referrals)
        {
            var age = asOf.DayNumber - referral.Date.DayNumber;
            if (!referral.IsOpen || age < 0 || age > cooldownDays || referral.Priority < recommendation.Priority
                || !string.Equals(referral.Target, recommendation.Target, StringComparison.Ordinal))
            {
                continue;
            }

            if (best is null
                || referral.Date > best.Date
                || (referral.Date == best.Date && referral.Priority > best.Priority)
                || (referral.Date == best.Date && referral.Priority == best.Priority && string.CompareOrdinal(referral.ReferralId, best.ReferralId) < 0))
            {
                best = referral;
            }
        }

        return best;
    }

    /// <summary>Recommendations being merged for one (action, target).</summary>
    private sealed class MergeGroup(RuleAction action, string target, RulePriority priority)
    {
        public RuleAction Action { get; } = action;

        public string Target { get; } = target;

        public RulePriority Priority { get; set; } = priority;

        public List<string> Ids { get; } = [];

        public List<string> Reasons { get; } = [];
    }
}
