using PeerSupport.Rules.Evaluation;

namespace PeerSupport.Rules;

/// <summary>Decision building: evaluation, merging, cooldown, unknowns, fail-safe.</summary>
public sealed partial class CompiledRuleSet
{
    internal Decision DecideCore(DecisionSubject subject, DateOnly asOf, IFactReader facts, IReadOnlyList<PriorReferral>? referrals, DecisionOptions options, int cooldownDays)
    {
        ArgumentNullException.ThrowIfNull(subject);
        ArgumentNullException.ThrowIfNull(facts);
        referrals ??= [];
        var explain = (options & DecisionOptions.Explain) != 0;
        var protectedOnly = (options & DecisionOptions.ProtectedRulesOnly) != 0;
        var recorder = (options & DecisionOptions.RecordInputs) != 0 ? new RecordingFactReader(facts) : null;
        IFactReader reader = recorder is null ? facts : recorder;

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
                truth = explain ? ReferenceInterpreter.Evaluate(rule.Node, reader, trace) : rule.Condition(reader);
                if (truth == TruthValue.UnknownMissing && trace is null)
                {
                    trace = new EvaluationTrace();
                    ReferenceInterpreter.Evaluate(rule.Node, reader, trace);
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

        IReadOnlyList<Recommendation> recommendations = [];
        IReadOnlyList<SuppressedRecommendation> suppressed = [];
        var escalation = subject.Kind == RuleSubject.Member ? Escalate(Settings.Escalation, asOf, referrals) : null;
        if (fired is not null || escalation is not null)
        {
            (recommendations, suppressed) = Merge(fired ?? [], escalation, reader, asOf, referrals, cooldownDays);
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

    private static (Recommendation[] Recommendations, SuppressedRecommendation[] Suppressed) Merge(List<CompiledRule> fired, Recommendation? escalation, IFactReader reader, DateOnly asOf, IReadOnlyList<PriorReferral> referrals, int cooldownDays)
    {
        var groups = new List<(RuleAction Action, string Target, RulePriority Priority, List<string> Ids, List<string> Reasons, int First)>();
        for (var i = 0; i < fired.Count; i++)
        {
            var rule = fired[i].Rule;
            var reason = fired[i].ReasonFor(reader, asOf);
            var outcome = rule.Outcome;
            var index = groups.FindIndex(g => g.Action == outcome.Action && string.Equals(g.Target, outcome.Target, StringComparison.Ordinal));
            if (index < 0)
            {
                groups.Add((outcome.Action, outcome.Target, outcome.Priority, [rule.Id], [reason], i));
            }
            else
            {
                var group = groups[index];
                group.Ids.Add(rule.Id);
                group.Reasons.Add(reason);
                groups[index] = group with { Priority = outcome.Priority > group.Priority ? outcome.Priority : group.Priority };
            }
        }

        if (escalation is not null)
        {
            // Merged like a rule that fired after every rule: same (action, target) joins, the higher priority wins.
            var index = groups.FindIndex(g => g.Action == escalation.Action && string.Equals(g.Target, escalation.Target, StringComparison.Ordinal));
            if (index < 0)
            {
                groups.Add((escalation.Action, escalation.Target, escalation.Priority, [.. escalation.RuleIds], [.. escalation.Reasons], fired.Count));
            }
            else
            {
                var group = groups[index];
                group.Ids.AddRange(escalation.RuleIds);
                group.Reasons.AddRange(escalation.Reasons);
                groups[index] = group with { Priority = escalation.Priority > group.Priority ? escalation.Priority : group.Priority };
            }
        }

        var ordered = groups.OrderByDescending(g => g.Priority).ThenBy(g => g.First)
            .Select(g => new Recommendation(g.Action, g.Target, g.Priority, g.Ids.ToArray(), g.Reasons.ToArray()));
        var recommendations = new List<Recommendation>();
        var suppressed = new List<SuppressedRecommendation>();
        foreach (var recommendation in ordered)
        {
            var by = FindSuppressor(recommendation, asOf, referrals, cooldownDays);
            if (by is null)
            {
                recommendations.Add(recommendation);
            }
            else
            {
                suppressed.Add(new SuppressedRecommendation(recommendation, by));
            }
        }

        return (recommendations.ToArray(), suppressed.ToArray());
    }

    /// <summary>
    /// The review asked for by earlier recommendations nobody acted on: each referral in an open status of the escalation
    /// settings, older than the age set for its priority, contributes one reason naming it, its age and its rule. Reviews
    /// already recorded as referrals to the escalation target do not escalate themselves.
    /// </summary>
    private static Recommendation? Escalate(EscalationSettings settings, DateOnly asOf, IReadOnlyList<PriorReferral> referrals)
    {
        // No allocation unless something escalates: the quiet path stays allocation-free.
        List<PriorReferral>? due = null;
        foreach (var referral in referrals)
        {
            if (IsDue(settings, asOf, referral))
            {
                (due ??= []).Add(referral);
            }
        }

        if (due is null)
        {
            return null;
        }

        var priority = settings.MinimumPriority;
        var reasons = new List<string>();
        foreach (var referral in due.OrderBy(r => r.Date).ThenBy(r => r.ReferralId, StringComparer.Ordinal))
        {
            var age = asOf.DayNumber - referral.Date.DayNumber;
            var rule = referral.RuleId is null ? "no rule recorded" : "rule " + referral.RuleId;
            reasons.Add(string.Create(
                System.Globalization.CultureInfo.InvariantCulture,
                $"Unactioned {Names.Of(referral.Priority)} recommendation {referral.ReferralId} to {referral.Target} ({rule}) of {referral.Date:yyyy-MM-dd}: still {Names.Of(referral.Status)} after {age} {(age == 1 ? "day" : "days")} (escalates after {settings.AfterDays(referral.Priority)})"));
            priority = referral.Priority > priority ? referral.Priority : priority;
        }

        return new Recommendation(RuleAction.Review, settings.Target, priority, [EscalationSettings.RuleId], [.. reasons]);
    }

    internal static bool IsDue(EscalationSettings settings, DateOnly asOf, PriorReferral referral)
    {
        var age = asOf.DayNumber - referral.Date.DayNumber;
        if (age < 0 || settings.AfterDays(referral.Priority) is not int after || age < after
            || string.Equals(referral.Target, settings.Target, StringComparison.Ordinal))
        {
            return false;
        }

        var statuses = settings.OpenStatuses;
        for (var i = 0; i < statuses.Count; i++)
        {
            if (statuses[i] == referral.Status)
            {
                return true;
            }
        }

        return false;
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
}
