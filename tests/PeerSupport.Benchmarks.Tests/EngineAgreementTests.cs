using NRules;
using NRules.Fluent;
using PeerSupport.Benchmarks.Engines;
using PeerSupport.Rules;

namespace PeerSupport.Benchmarks.Tests;

/// <summary>
/// Before any timing of the competitor benchmarks is trusted: every engine loaded every rule, and all three give the
/// same recommendations for 10,000 simulated members and 10,000 members generated around the thresholds.
/// </summary>
public sealed class EngineAgreementTests
{
    private static readonly Lazy<IReadOnlyList<MemberFacts>> s_simulated = new(() => MemberFactsGenerator.Simulated(groups: 632));
    private static readonly Lazy<IReadOnlyList<MemberFacts>> s_boundaries = new(() => MemberFactsGenerator.Boundaries(10_000));

    private static IReadOnlyList<string> Ids => [.. MemberRules.All.Select(r => r.Id)];

    [Fact]
    public void PeerSupport_RunsEveryMemberRuleOfThePackInPackOrder()
    {
        Assert.Equal(Ids, new PeerSupportMemberEngine().MemberRuleIds);
    }

    [Fact]
    public async Task RulesEngine_LoadsAndEvaluatesEveryRule()
    {
        var engine = new RulesEngineMemberEngine();

        var results = await engine.ExecuteAsync(new MemberFacts());

        Assert.Equal(Ids, engine.Workflow.Rules.Select(r => r.RuleName));
        Assert.Equal(Ids, results.Select(r => r.Rule.RuleName));
    }

    [Fact]
    public void NRules_LoadsEveryRule()
    {
        var engine = new NRulesMemberEngine();

        Assert.Equal(Ids.Order(StringComparer.Ordinal), engine.RuleNames.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void NRules_ScanningWithoutNestedTypes_LoadsNoRules()
    {
        // The trap the earlier comparison fell into: nested rule classes are skipped by default.
        var repository = new RuleRepository();

        repository.Load(x => x.From(typeof(NRulesMemberRules).Assembly));

        Assert.Empty(repository.GetRules());
    }

    [Fact]
    public async Task RulesEngine_BrokenExpression_ThrowsInsteadOfReadingAsNotFired()
    {
        var rules = MemberRules.All.Select(r => r.Id == "phq9-severe" ? r with { Expression = "m.Phq9Totl >= 20" } : r).ToArray();
        var engine = new RulesEngineMemberEngine(rules);

        var ex = await Assert.ThrowsAsync<InvalidOperationException>(() => engine.FireAsync(new MemberFacts { Phq9Total = 22 }));

        Assert.Contains("phq9-severe", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SimulatedMembers_AllEnginesRecommendTheSame()
    {
        AssertAgree(s_simulated.Value, minimumRulesFired: 5);
    }

    [Fact]
    public void BoundaryMembers_AllEnginesRecommendTheSame()
    {
        AssertAgree(s_boundaries.Value, minimumRulesFired: MemberRules.All.Count);
    }

    [Fact]
    public void Comparison_DetectsARuleWrittenDifferently()
    {
        // The comparison can fail: RulesEngine with the severe band moved from 20 to 21 disagrees on boundary members.
        var rules = MemberRules.All.Select(r => r.Id == "phq9-severe" ? r with { Expression = "m.Phq9Total >= 21" } : r).ToArray();
        var moved = new RulesEngineMemberEngine(rules);
        var ours = new PeerSupportMemberEngine();

        var disagreements = s_boundaries.Value.Count(m =>
            !ours.Recommend(m).SequenceEqual(moved.RecommendAsync(m).GetAwaiter().GetResult()));

        Assert.True(disagreements > 0);
    }

    private static void AssertAgree(IReadOnlyList<MemberFacts> members, int minimumRulesFired)
    {
        Assert.InRange(members.Count, 9_000, 11_000);
        var ours = new PeerSupportMemberEngine();

        var firing = Agreement.ThrowUnlessAllAgree(ours, new RulesEngineMemberEngine(), new NRulesMemberEngine(), members);

        // Not vacuous: quiet and firing members both, and most rules fired somewhere.
        var firedRules = members.SelectMany(m => ours.Recommend(m)).SelectMany(r => r.RuleIds.Split(',')).ToHashSet(StringComparer.Ordinal);
        Assert.InRange(firing, members.Count / 10, members.Count - (members.Count / 10));
        Assert.True(firedRules.Count >= minimumRulesFired, "rules fired: " + string.Join(", ", firedRules));
    }
}
