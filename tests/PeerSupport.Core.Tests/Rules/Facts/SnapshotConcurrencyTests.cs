using System.Diagnostics;
using PeerSupport.Domain;
using PeerSupport.Rules;
using PeerSupport.Rules.Facts;
using PeerSupport.Rules.Serialization;
using static PeerSupport.Core.Tests.Rules.Facts.RuleDatasets;

namespace PeerSupport.Core.Tests.Rules.Facts;

/// <summary>
/// One evaluation, one rule set: while another thread swaps two sets with different assessment windows and cooldowns,
/// every decision of every batch must equal what its stamped set gives alone.
/// </summary>
public sealed class SnapshotConcurrencyTests
{
    private const int Members = 60;

    [Fact]
    public void DatasetEvaluation_WhileTryUpdateSwapsSets_EveryDecisionMatchesItsStampedSet()
    {
        // Set A: the default pack (window 30, cooldown 14). Set B: window 10, cooldown 3, another version.
        var jsonA = DefaultRulePack.Json;
        var jsonB = DefaultRulePack.Json
            .Replace("\"version\": \"1.", "\"version\": \"9.", StringComparison.Ordinal)
            .Replace("\"cooldownDays\": 14", "\"cooldownDays\": 3", StringComparison.Ordinal)
            .Replace("\"assessmentWindowDays\": 30", "\"assessmentWindowDays\": 10", StringComparison.Ordinal);
        var setA = RuleSetJson.Load(jsonA, DefaultRulePack.CompileOptions).GetValueOrThrow();
        var setB = RuleSetJson.Load(jsonB, DefaultRulePack.CompileOptions).GetValueOrThrow();
        Assert.NotEqual(setA.Stamp, setB.Stamp);
        Assert.Equal(10, setB.Settings.AssessmentWindowDays);
        Assert.Equal(3, setB.Settings.CooldownDays);

        var dataset = Dataset();
        var expected = new Dictionary<RuleSetStamp, string[]>
        {
            [setA.Stamp] = Render(new ReferralEngine(setA).Evaluate(dataset, AsOf)),
            [setB.Stamp] = Render(new ReferralEngine(setB).Evaluate(dataset, AsOf)),
        };

        // The two sets must disagree on every member, or the test could not see a mixed batch.
        for (var i = 0; i < Members; i++)
        {
            Assert.NotEqual(expected[setA.Stamp][i], expected[setB.Stamp][i]);
        }

        var engine = new ReferralEngine(setA);
        using var stop = new CancellationTokenSource();
        var budget = Stopwatch.StartNew();
        var swaps = 0;
        var failedSwaps = 0;
        var updater = new Thread(() =>
        {
            while (!stop.IsCancellationRequested && swaps < 200_000)
            {
                failedSwaps += engine.TryUpdate(swaps % 2 == 0 ? jsonB : jsonA).Succeeded ? 0 : 1;
                swaps++;
            }
        });
        updater.Start();

        var batches = 0;
        var mismatches = new List<string>();
        try
        {
            while (batches < 300 && budget.Elapsed < TimeSpan.FromSeconds(3))
            {
                var decisions = engine.Evaluate(dataset, AsOf);
                batches++;
                var rendered = Render(decisions);
                for (var i = 0; i < decisions.Count; i++)
                {
                    var alone = expected[decisions[i].RuleSet][i];
                    if (!string.Equals(alone, rendered[i], StringComparison.Ordinal))
                    {
                        mismatches.Add($"batch {batches}, {decisions[i].Subject.Id} stamped {decisions[i].RuleSet.Version}");
                    }
                }

                if (decisions.Select(d => d.RuleSet).Distinct().Count() != 1)
                {
                    mismatches.Add($"batch {batches} carries more than one rule-set stamp");
                }
            }
        }
        finally
        {
            stop.Cancel();
            updater.Join(TimeSpan.FromSeconds(10));
        }

        Assert.Equal(0, failedSwaps);
        Assert.True(swaps > 1, "the updater never swapped");
        Assert.True(batches > 1);
        Assert.True(mismatches.Count == 0, $"{mismatches.Count} mismatches in {batches} batches ({swaps} swaps), e.g. {string.Join(" | ", mismatches.Take(3))}");
    }

    [Fact]
    public void EvaluateMember_EqualsTheMembersDecisionInTheWholeDataset_AndNullWhenNotEvaluated()
    {
        var data = new RuleDatasets();
        data.Phq9(3, "M1", 1, 1, 1, 1, 1, 1, 1, 1, 1);
        data.Builder.AddMember(new Member(M("M2"), G, AsOf.AddDays(5)));
        data.Builder.AddMember(new Member(M("M3"), G, AsOf.AddDays(-90), AsOf.AddDays(-15)));
        data.Builder.AddMember(new Member(M("M4"), G, AsOf.AddDays(-90), AsOf.AddDays(-14)));
        var dataset = data.Build();
        var engine = DefaultRulePack.CreateEngine();
        var whole = engine.Evaluate(dataset, AsOf);

        Assert.Equal(DecisionJson.Write(whole.Single(d => d.Subject.Id == "M1")), DecisionJson.Write(engine.EvaluateMember(dataset, M("M1"), AsOf)!.Value));
        Assert.Null(engine.EvaluateMember(dataset, M("M2"), AsOf));
        Assert.Null(engine.EvaluateMember(dataset, M("M3"), AsOf));
        Assert.True(engine.EvaluateMember(dataset, M("M4"), AsOf)!.Value.ProtectedRulesOnly);
        Assert.Equal(
            [MemberEvaluationScope.Active, MemberEvaluationScope.NotYetJoined, MemberEvaluationScope.Left, MemberEvaluationScope.RecentlyLeft],
            dataset.MemberHistories.Select(h => DatasetEvaluation.ScopeOf(h.Member, AsOf, 14)));
    }

    /// <summary>
    /// Every member: PHQ-9 item 9 = 1 (total 22) 20 days ago — stat under a 30-day window, nothing under a 10-day one —
    /// and an urgent referral 8 days ago with a GAD-7 of 18 today — suppressed under a 14-day cooldown, not under 3.
    /// </summary>
    private static PeerSupport.Datasets.PeerSupportDataset Dataset()
    {
        var data = new RuleDatasets();
        for (var i = 1; i <= Members; i++)
        {
            var id = "M" + i;
            if (i > 1)
            {
                data.Builder.AddMember(new Member(M(id), G, AsOf.AddDays(-120)));
            }

            data.Phq9(20, id, 3, 3, 3, 3, 3, 3, 2, 1, 1);
            data.Assessment(PeerSupport.Instruments.InstrumentId.Gad7, 0, 18, id);
            data.Builder.AddReferral(new Referral(ReferralId.Create("R" + i), M(id), AsOf.AddDays(-8), ReferralTarget.LicensedClinician, RulePriority.Urgent, ReferralStatus.Made));
        }

        return data.Build();
    }

    private static string[] Render(IReadOnlyList<Decision> decisions) =>
        [.. decisions.Select(d => DecisionJson.Write(d))];
}
