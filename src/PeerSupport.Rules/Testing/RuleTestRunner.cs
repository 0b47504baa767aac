using System.Globalization;
using PeerSupport.Rules.Evaluation;

namespace PeerSupport.Rules.Testing;

/// <summary>Runs the test cases shipped in a rule set (or given ones) and measures rule coverage.</summary>
/// <remarks>Stateless and thread-safe.</remarks>
public static class RuleTestRunner
{
    /// <summary>Runs the rule set's own tests.</summary>
    /// <param name="ruleSet">The compiled rule set.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="ruleSet"/> is null.</exception>
    public static RuleTestReport Run(CompiledRuleSet ruleSet)
    {
        ArgumentNullException.ThrowIfNull(ruleSet);
        return Run(ruleSet, ruleSet.Model.Tests);
    }

    /// <summary>Runs the given tests against a rule set.</summary>
    /// <param name="ruleSet">The compiled rule set.</param>
    /// <param name="tests">The tests.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException">Thrown when an argument is null.</exception>
    public static RuleTestReport Run(CompiledRuleSet ruleSet, IEnumerable<RuleTestCase> tests)
    {
        ArgumentNullException.ThrowIfNull(ruleSet);
        ArgumentNullException.ThrowIfNull(tests);
        var fired = ruleSet.Rules.ToDictionary(r => r.Rule.Id, _ => 0, StringComparer.Ordinal);
        var seen = new Dictionary<(string Rule, string Text), (bool True, bool False)>();
        var results = new List<RuleTestResult>();
        var escalation = ruleSet.Settings.Escalation;
        var escalated = 0;
        var escalationSeen = new Dictionary<RulePriority, (bool True, bool False)>();
        foreach (var test in tests)
        {
            var subject = test.Subject == RuleSubject.Member ? DecisionSubject.Member("test-member", "test-group") : DecisionSubject.Group("test-group");
            var decision = ruleSet.Decide(subject, test.AsOf, test.Facts, test.Referrals, DecisionOptions.Explain);
            if (test.Subject == RuleSubject.Member)
            {
                escalated += decision.Recommendations.Concat(decision.Suppressed.Select(s => s.Recommendation)).Any(r => r.RuleIds.Contains(EscalationSettings.RuleId)) ? 1 : 0;
                foreach (var referral in test.Referrals.Where(r => escalation.AfterDays(r.Priority) is not null && !string.Equals(r.Target, escalation.Target, StringComparison.Ordinal)))
                {
                    var due = CompiledRuleSet.IsDue(escalation, test.AsOf, referral);
                    escalationSeen.TryGetValue(referral.Priority, out var state);
                    escalationSeen[referral.Priority] = (state.True || due, state.False || !due);
                }
            }

            foreach (var rule in decision.Explanation!)
            {
                if (rule.Result == RuleResult.True)
                {
                    fired[rule.RuleId]++;
                }

                foreach (var comparison in rule.Comparisons)
                {
                    var key = (rule.RuleId, comparison.Text);
                    seen.TryGetValue(key, out var state);
                    seen[key] = (state.True || comparison.Result == TruthValue.True, state.False || comparison.Result == TruthValue.False);
                }
            }

            results.Add(new RuleTestResult(test.Name, Compare(test.Expected, decision), decision));
        }

        var coverage = ruleSet.Rules.Select(rule =>
        {
            var conditions = Comparisons(rule.Node).Distinct(StringComparer.Ordinal)
                .Select(text => seen.TryGetValue((rule.Rule.Id, text), out var s) ? new ConditionCoverage(text, s.True, s.False) : new ConditionCoverage(text, false, false))
                .ToArray();
            return new RuleCoverage(rule.Rule.Id, fired[rule.Rule.Id], conditions);
        }).ToList();

        // The escalation of unactioned recommendations is covered like a rule: each configured priority seen due and not due.
        var escalationConditions = new[] { RulePriority.Stat, RulePriority.Asap, RulePriority.Urgent }
            .Where(p => escalation.AfterDays(p) is not null)
            .Select(p =>
            {
                var text = string.Create(CultureInfo.InvariantCulture, $"{Names.Of(p)} open ≥ {escalation.AfterDays(p)}d");
                return escalationSeen.TryGetValue(p, out var s) ? new ConditionCoverage(text, s.True, s.False) : new ConditionCoverage(text, false, false);
            })
            .ToArray();
        if (escalationConditions.Length > 0)
        {
            coverage.Add(new RuleCoverage(EscalationSettings.RuleId, escalated, escalationConditions));
        }

        return new RuleTestReport(results.ToArray(), coverage.ToArray());
    }

    private static IEnumerable<string> Comparisons(BoundNode node) => node switch
    {
        BoundLogical logical => Comparisons(logical.Left).Concat(Comparisons(logical.Right)),
        BoundNot not => Comparisons(not.Operand),
        BoundCompare or BoundHas or BoundFact => [node.Text],
        _ => [],
    };

    private static string[] Compare(RuleTestExpectation expected, Decision decision)
    {
        var differences = new List<string>();
        CompareSets("recommendation", expected.Recommendations.Select(e => e.ToString()), decision.Recommendations.Select(r => new ExpectedRecommendation(r.Action, r.Target, r.Priority).ToString()), differences);
        if (expected.Suppressed is not null)
        {
            CompareSets("suppressed", expected.Suppressed.Select(e => e.ToString()), decision.Suppressed.Select(s => new ExpectedRecommendation(s.Recommendation.Action, s.Recommendation.Target, s.Recommendation.Priority).ToString()), differences);
        }

        if (expected.Unknowns is not null)
        {
            CompareSets("unknown", expected.Unknowns, decision.Unknowns.Select(u => u.RuleId), differences);
        }

        if (expected.NeedsReview is bool needsReview && needsReview != decision.NeedsReview)
        {
            differences.Add($"needsReview: expected {(needsReview ? "true" : "false")}, got {(decision.NeedsReview ? "true" : "false")}");
        }

        foreach (var error in decision.Errors)
        {
            differences.Add($"rule '{error.RuleId}' failed: {error.Error}");
        }

        return differences.ToArray();
    }

    private static void CompareSets(string what, IEnumerable<string> expected, IEnumerable<string> actual, List<string> differences)
    {
        var e = expected.ToHashSet(StringComparer.Ordinal);
        var a = actual.ToHashSet(StringComparer.Ordinal);
        differences.AddRange(e.Except(a).Order(StringComparer.Ordinal).Select(x => $"missing {what} {x}"));
        differences.AddRange(a.Except(e).Order(StringComparer.Ordinal).Select(x => $"unexpected {what} {x}"));
    }
}
