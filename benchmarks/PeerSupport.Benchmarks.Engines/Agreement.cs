using PeerSupport.Rules;

namespace PeerSupport.Benchmarks.Engines;

/// <summary>The check every competitor benchmark runs before timing: all rules loaded, and the same recommendations everywhere.</summary>
public static class Agreement
{
    /// <summary>Throws unless each engine loaded every member rule of the default pack and all give the same recommendations for every member.</summary>
    /// <param name="ours">PeerSupport's engine.</param>
    /// <param name="rulesEngine">RulesEngine.</param>
    /// <param name="nrules">NRules.</param>
    /// <param name="members">The members.</param>
    /// <returns>The number of members for which at least one rule fired.</returns>
    /// <exception cref="InvalidOperationException">Thrown on a missing rule or the first disagreement.</exception>
    public static int ThrowUnlessAllAgree(PeerSupportMemberEngine ours, RulesEngineMemberEngine rulesEngine, NRulesMemberEngine nrules, IEnumerable<MemberFacts> members)
    {
        ArgumentNullException.ThrowIfNull(ours);
        ArgumentNullException.ThrowIfNull(rulesEngine);
        ArgumentNullException.ThrowIfNull(nrules);
        ArgumentNullException.ThrowIfNull(members);
        var ids = MemberRules.All.Select(r => r.Id).ToArray();
        ThrowUnlessSame("PeerSupport", ids, ours.MemberRuleIds);
        ThrowUnlessSame("RulesEngine", ids, rulesEngine.Workflow.Rules.Select(r => r.RuleName));
        ThrowUnlessSame("NRules", ids.Order(StringComparer.Ordinal), nrules.RuleNames.Order(StringComparer.Ordinal));
        var firing = 0;
        foreach (var member in members)
        {
            var expected = ours.Recommend(member);
            firing += expected.Count > 0 ? 1 : 0;
            Compare("PeerSupport with explanation", ours.Recommend(member, DecisionOptions.Explain));
            Compare("RulesEngine", rulesEngine.RecommendAsync(member).GetAwaiter().GetResult());
            Compare("NRules (session per decision)", nrules.Recommend(member, reuseSession: false));
            Compare("NRules (reused session)", nrules.Recommend(member, reuseSession: true));

            void Compare(string engine, IReadOnlyList<MergedRecommendation> actual)
            {
                if (!expected.SequenceEqual(actual))
                {
                    throw new InvalidOperationException(
                        $"{engine} disagrees with PeerSupport for member {{{member}}}: expected {MergedRecommendation.Format(expected)}, got {MergedRecommendation.Format(actual)}.");
                }
            }
        }

        return firing;
    }

    private static void ThrowUnlessSame(string engine, IEnumerable<string> expected, IEnumerable<string> actual)
    {
        var a = actual.ToArray();
        if (!expected.SequenceEqual(a, StringComparer.Ordinal))
        {
            throw new InvalidOperationException($"{engine} loaded {a.Length} rule(s) [{string.Join(", ", a)}], expected [{string.Join(", ", expected)}].");
        }
    }
}
