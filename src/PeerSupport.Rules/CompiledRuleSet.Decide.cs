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
        var fired = slots.FiredScratch;
        var rules = subject.Kind == RuleSubject.Member ? _memberRules : _groupRules;
        if (!explain && recorder is null && TryScan(rules, slots, protectedOnly, fired, out var scanned))
        {
            // Every rule evaluated true or false (nothing unknown, nothing failed): one pass decides.
            if (scanned == 0 && !AnyDue(subject.Kind, asOf, referrals))
            {
                // Nothing fires, nothing is unknown over missing data, nothing fails: the quiet decision allocates nothing.
                return new Decision(subject, asOf, Stamp, [], [], [], [], false, Model.Overrides, protectedOnly, null, null, referrals, cooldownDays);
            }

            return Decided(subject, asOf, slots, fired, scanned, [], [], false, null, null, referrals, protectedOnly, cooldownDays);
        }

        var firedCount = 0;
        List<UnknownRule>? unknowns = null;
        List<RuleFailure>? errors = null;
        List<RuleExplanation>? explanation = explain ? [] : null;
        var needsReview = false;
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
                fired[firedCount++] = rule;
            }
            else if (truth == TruthValue.UnknownMissing)
            {
                (unknowns ??= []).Add(new UnknownRule(rule.Rule.Id, trace!.MissingFacts.ToArray()));
                needsReview |= rule.Rule.IsProtected;
            }

            explanation?.Add(new RuleExplanation(rule.Rule.Id, error is null ? Kleene.ToResult(truth) : RuleResult.Error, error, trace?.Comparisons.ToArray() ?? []));
        }

        return Decided(
            subject,
            asOf,
            slots,
            fired,
            firedCount,
            unknowns is null ? [] : unknowns.ToArray(),
            errors is null ? [] : errors.ToArray(),
            needsReview,
            explanation?.ToArray(),
            recorder?.ToFactSet(),
            referrals,
            protectedOnly,
            cooldownDays);
    }

    /// <summary>
    /// Evaluates the rules once, collecting those that fire into <paramref name="fired"/>; false as soon as one ends
    /// unknown or fails (the caller then takes the full path, which records why). Never allocates.
    /// </summary>
    private static bool TryScan(CompiledRule[] rules, FactSlots slots, bool protectedOnly, CompiledRule[] fired, out int firedCount)
    {
        firedCount = 0;
        try
        {
            foreach (var rule in rules)
            {
                if (protectedOnly && !rule.Rule.IsProtected)
                {
                    continue;
                }

                var truth = rule.Evaluate(slots);
                if (truth == TruthValue.True)
                {
                    fired[firedCount++] = rule;
                }
                else if (truth != TruthValue.False)
                {
                    Array.Clear(fired, 0, firedCount);
                    return false;
                }
            }
        }
#pragma warning disable CA1031 // Fail-safe: the full path evaluates again and reports the failure; it never becomes "no referral".
        catch (Exception)
#pragma warning restore CA1031
        {
            Array.Clear(fired, 0, firedCount);
            return false;
        }

        return true;
    }

    /// <summary>Merges what fired with any escalation and cooldown into the decision; clears <paramref name="fired"/>.</summary>
    private Decision Decided(
        DecisionSubject subject,
        DateOnly asOf,
        FactSlots slots,
        CompiledRule[] fired,
        int firedCount,
        UnknownRule[] unknowns,
        RuleFailure[] errors,
        bool needsReview,
        RuleExplanation[]? explanation,
        FactSet? inputs,
        IReadOnlyList<PriorReferral> referrals,
        bool protectedOnly,
        int cooldownDays)
    {
        Recommendation[] recommendations = [];
        SuppressedRecommendation[] suppressed = [];
        var escalation = AnyDue(subject.Kind, asOf, referrals) ? Escalate(Settings.Escalation, asOf, referrals) : null;
        if (firedCount > 0 || escalation is not null)
        {
            try
            {
                Merge(fired, firedCount, escalation, slots, asOf, referrals, cooldownDays, out recommendations, out suppressed);
            }
            finally
            {
                Array.Clear(fired, 0, firedCount);
            }
        }

        return new Decision(subject, asOf, Stamp, recommendations, suppressed, unknowns, errors, needsReview, Model.Overrides, protectedOnly, explanation, inputs, referrals, cooldownDays);
    }

    /// <summary>
    /// One recommendation per (action, target): the highest priority, every contributing rule id and reason; ordered by
    /// priority (highest first), then by the first contributing rule; then split by cooldown suppression. Allocates only
    /// what the decision keeps.
    /// </summary>
    private static void Merge(CompiledRule[] fired, int firedCount, Recommendation? escalation, FactSlots reader, DateOnly asOf, IReadOnlyList<PriorReferral> referrals, int cooldownDays, out Recommendation[] recommendations, out SuppressedRecommendation[] suppressed)
    {
        // groupOf[k]: the group of fired rule k; leaders[g]: the first fired rule of group g.
        Span<int> buffer = firedCount <= 64 ? stackalloc int[2 * firedCount] : new int[2 * firedCount];
        var groupOf = buffer[..firedCount];
        var leaders = buffer.Slice(firedCount, firedCount);
        var groups = 0;
        for (var k = 0; k < firedCount; k++)
        {
            var outcome = fired[k].Rule.Outcome;
            var g = 0;
            while (g < groups)
            {
                var leader = fired[leaders[g]].Rule.Outcome;
                if (leader.Action == outcome.Action && string.Equals(leader.Target, outcome.Target, StringComparison.Ordinal))
                {
                    break;
                }

                g++;
            }

            if (g == groups)
            {
                leaders[groups++] = k;
            }

            groupOf[k] = g;
        }

        var merged = new Recommendation[groups];
        for (var g = 0; g < groups; g++)
        {
            var count = 0;
            var priority = RulePriority.Routine;
            for (var k = leaders[g]; k < firedCount; k++)
            {
                if (groupOf[k] == g)
                {
                    count++;
                    var p = fired[k].Rule.Outcome.Priority;
                    priority = p > priority ? p : priority;
                }
            }

            var ids = new string[count];
            var reasons = new string[count];
            var i = 0;
            for (var k = leaders[g]; k < firedCount; k++)
            {
                if (groupOf[k] == g)
                {
                    ids[i] = fired[k].Rule.Id;
                    reasons[i++] = fired[k].ReasonFor(reader, asOf);
                }
            }

            var outcome = fired[leaders[g]].Rule.Outcome;
            merged[g] = new Recommendation(outcome.Action, outcome.Target, priority, ids, reasons);
        }

        if (escalation is not null)
        {
            // Merged like a rule that fired after every rule: same (action, target) joins, the higher priority wins.
            var joined = false;
            for (var g = 0; g < merged.Length && !joined; g++)
            {
                var m = merged[g];
                if (m.Action == escalation.Action && string.Equals(m.Target, escalation.Target, StringComparison.Ordinal))
                {
                    merged[g] = new Recommendation(m.Action, m.Target, escalation.Priority > m.Priority ? escalation.Priority : m.Priority, [.. m.RuleIds, .. escalation.RuleIds], [.. m.Reasons, .. escalation.Reasons]);
                    joined = true;
                }
            }

            if (!joined)
            {
                merged = [.. merged, escalation];
            }
        }

        // Stable insertion sort by priority, highest first: ties keep the order of their first contributing rule.
        for (var i = 1; i < merged.Length; i++)
        {
            var current = merged[i];
            var j = i - 1;
            while (j >= 0 && merged[j].Priority < current.Priority)
            {
                merged[j + 1] = merged[j];
                j--;
            }

            merged[j + 1] = current;
        }

        PriorReferral?[]? by = null;
        var held = 0;
        for (var g = 0; g < merged.Length; g++)
        {
            if (FindSuppressor(merged[g], asOf, referrals, cooldownDays) is { } suppressor)
            {
                (by ??= new PriorReferral?[merged.Length])[g] = suppressor;
                held++;
            }
        }

        if (by is null)
        {
            recommendations = merged;
            suppressed = [];
            return;
        }

        recommendations = new Recommendation[merged.Length - held];
        suppressed = new SuppressedRecommendation[held];
        int kept = 0, withheld = 0;
        for (var g = 0; g < merged.Length; g++)
        {
            if (by[g] is { } suppressor)
            {
                suppressed[withheld++] = new SuppressedRecommendation(merged[g], suppressor);
            }
            else
            {
                recommendations[kept++] = merged[g];
            }
        }
    }

    /// <summary>Whether any earlier referral of a member is due to escalate (no allocation).</summary>
    private bool AnyDue(RuleSubject subject, DateOnly asOf, IReadOnlyList<PriorReferral> referrals)
    {
        if (subject != RuleSubject.Member)
        {
            return false;
        }

        for (var i = 0; i < referrals.Count; i++)
        {
            if (IsDue(Settings.Escalation, asOf, referrals[i]))
            {
                return true;
            }
        }

        return false;
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
