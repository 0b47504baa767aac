using PeerSupport.Rules;

namespace PeerSupport.Benchmarks.Engines;

/// <summary>One member rule of the default pack as the other engines are given it: id, condition over <c>m</c>, outcome.</summary>
/// <param name="Id">The default pack's rule id.</param>
/// <param name="Expression">The condition as a C# / Dynamic LINQ expression over <c>m</c> (a <see cref="MemberFacts"/>).</param>
/// <param name="Action">The action.</param>
/// <param name="Target">The target.</param>
/// <param name="Priority">The priority.</param>
public sealed record MemberRuleSpec(string Id, string Expression, RuleAction Action, string Target, RulePriority Priority);

/// <summary>
/// The eleven member rules of the default pack written out by hand for RulesEngine and NRules (the NRules classes in
/// <see cref="NRulesMemberRules"/> state the same conditions as lambdas). The equality test checks that these ids,
/// outcomes and conditions give the same recommendations as the default pack itself.
/// </summary>
public static class MemberRules
{
    /// <summary>Gets the rules in the default pack's order (the order that breaks ties when merging).</summary>
    public static IReadOnlyList<MemberRuleSpec> All { get; } =
    [
        new("phq9-item9", "m.Phq9Item9 >= 1", RuleAction.Refer, "licensed_clinician", RulePriority.Stat),
        new("crisis-disclosure", "m.CrisisDisclosures7d >= 1", RuleAction.Refer, "crisis_service", RulePriority.Stat),
        new("rescreen-overdue", "(m.Phq9LastItem9 >= 1 || m.Phq9LastTotal >= 20) && m.Phq9DaysSince > 14", RuleAction.Screen, "phq9", RulePriority.Urgent),
        new("phq9-severe", "m.Phq9Total >= 20", RuleAction.Refer, "licensed_clinician", RulePriority.Urgent),
        new("gad7-severe", "m.Gad7Total >= 15", RuleAction.Refer, "licensed_clinician", RulePriority.Urgent),
        new("k10-very-high", "m.K10Total >= 30", RuleAction.Refer, "licensed_clinician", RulePriority.Urgent),
        new("reliable-deterioration", "m.Phq9Change >= 6 || m.Gad7Change >= 4", RuleAction.Refer, "licensed_clinician", RulePriority.Urgent),
        new("not-improving", "m.Phq9Total >= 10 && m.Phq9AttendedSinceBaseline >= 6 && m.Phq9Change > -6", RuleAction.Refer, "licensed_clinician", RulePriority.Routine),
        new("missed-three", "m.ConsecutiveAbsences >= 3", RuleAction.Outreach, "peer_outreach", RulePriority.Routine),
        new("low-wellbeing-unscreened", "m.Who5Total < 13 && m.Phq9CountInWindow == 0", RuleAction.Screen, "phq9", RulePriority.Routine),
        new("baseline-missing", "m.Attended >= 2 && m.Phq9Baseline == null", RuleAction.Screen, "phq9", RulePriority.Routine),
    ];

    /// <summary>Gets the index of a rule id in <see cref="All"/>.</summary>
    /// <param name="id">The rule id.</param>
    /// <returns>The index.</returns>
    public static int IndexOf(string id)
    {
        for (var i = 0; i < All.Count; i++)
        {
            if (string.Equals(All[i].Id, id, StringComparison.Ordinal))
            {
                return i;
            }
        }

        throw new ArgumentException($"No member rule '{id}'.", nameof(id));
    }
}

/// <summary>A merged recommendation in a form every engine's result can be put in, for comparison.</summary>
/// <param name="Action">The action.</param>
/// <param name="Target">The target.</param>
/// <param name="Priority">The highest priority of the contributing rules.</param>
/// <param name="RuleIds">The contributing rule ids, comma-separated, in rule order.</param>
public sealed record MergedRecommendation(RuleAction Action, string Target, RulePriority Priority, string RuleIds)
{
    /// <summary>Merges fired rules as the default pack's hit policy does: one recommendation per (action, target) with the highest priority, ordered by priority (highest first), then by the first contributing rule.</summary>
    /// <param name="firedMask">Bit i set when rule i of <see cref="MemberRules.All"/> fired.</param>
    /// <returns>The merged recommendations; empty when nothing fired.</returns>
    public static IReadOnlyList<MergedRecommendation> Merge(int firedMask)
    {
        if (firedMask == 0)
        {
            return [];
        }

        var merged = new List<MergedRecommendation>(4);
        var rules = MemberRules.All;
        for (var i = 0; i < rules.Count; i++)
        {
            if ((firedMask & (1 << i)) == 0)
            {
                continue;
            }

            var rule = rules[i];
            var at = merged.FindIndex(r => r.Action == rule.Action && string.Equals(r.Target, rule.Target, StringComparison.Ordinal));
            if (at < 0)
            {
                merged.Add(new MergedRecommendation(rule.Action, rule.Target, rule.Priority, rule.Id));
            }
            else
            {
                var r = merged[at];
                merged[at] = r with { Priority = rule.Priority > r.Priority ? rule.Priority : r.Priority, RuleIds = r.RuleIds + "," + rule.Id };
            }
        }

        // Stable: ties keep the order of their first contributing rule.
        return [.. merged.OrderByDescending(r => r.Priority)];
    }

    /// <summary>Puts PeerSupport's recommendations in the comparable form.</summary>
    /// <param name="recommendations">The decision's recommendations.</param>
    /// <returns>The comparable recommendations, same order.</returns>
    public static IReadOnlyList<MergedRecommendation> From(IReadOnlyList<Recommendation> recommendations)
    {
        ArgumentNullException.ThrowIfNull(recommendations);
        var result = new MergedRecommendation[recommendations.Count];
        for (var i = 0; i < result.Length; i++)
        {
            var r = recommendations[i];
            result[i] = new MergedRecommendation(r.Action, r.Target, r.Priority, string.Join(',', r.RuleIds));
        }

        return result;
    }

    /// <summary>Formats a list for a failure message.</summary>
    /// <param name="recommendations">The recommendations.</param>
    /// <returns>"[]" or the recommendations separated by "; ".</returns>
    public static string Format(IReadOnlyList<MergedRecommendation> recommendations) =>
        recommendations.Count == 0 ? "[]" : string.Join("; ", recommendations.Select(r => $"{r.Action} {r.Target} {r.Priority} ({r.RuleIds})"));
}
