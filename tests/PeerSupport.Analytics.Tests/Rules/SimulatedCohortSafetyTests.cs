using PeerSupport.Analytics.Simulation;
using PeerSupport.Datasets;
using PeerSupport.Instruments;
using PeerSupport.Rules;
using PeerSupport.Rules.Facts;
using PeerSupport.Rules.Serialization;

namespace PeerSupport.Analytics.Tests.Rules;

/// <summary>
/// The default pack on simulated cohorts, as a clinical lead would check it: every active member whose last PHQ-9 had
/// item 9 ≥ 1 has a current stat referral or a rescreen-overdue screen, on every fortnight of the simulation.
/// </summary>
public sealed class SimulatedCohortSafetyTests
{
    private static readonly long[] s_seeds = [1, 2, 3, 4, 5];

    [Fact]
    public void DefaultPack_EveryActiveMemberWithAPositiveLastItem9_HasAStatReferralOrARescreen()
    {
        var (checkedMembers, rescreens, missed) = Check(DefaultRulePack.RuleSet);

        Assert.True(missed.Count == 0, $"{missed.Count} members with a positive last item 9 got neither: {string.Join("; ", missed.Take(5))}");
        // The property must have been exercised, including members whose positive PHQ-9 is older than 14 days.
        Assert.True(checkedMembers >= 20, $"only {checkedMembers} member-dates with a positive last item 9");
        Assert.True(rescreens >= 5, $"only {rescreens} rescreen-overdue screens");
    }

    [Fact]
    public void WithoutRescreenOverdue_TheSameCohortsLoseMembers()
    {
        // The check above can fail: with rescreen-overdue disabled (by an explicit override) members fall through.
        var json = DefaultRulePack.Json
            .Replace("\"overrides\": []", "\"overrides\": [ { \"ruleId\": \"rescreen-overdue\", \"reason\": \"test: show what the rule catches\" } ]", StringComparison.Ordinal);
        var start = json.IndexOf("\"id\": \"rescreen-overdue\"", StringComparison.Ordinal);
        var enabled = json.IndexOf("\"enabled\": true", start, StringComparison.Ordinal);
        json = string.Concat(json.AsSpan(0, enabled), "\"enabled\": false", json.AsSpan(enabled + "\"enabled\": true".Length));
        var load = RuleSetJson.Load(json, DefaultRulePack.CompileOptions);
        Assert.True(load.Succeeded, load.ToString());

        var (_, _, missed) = Check(load.GetValueOrThrow());

        Assert.NotEmpty(missed);
    }

    private static (int Checked, int Rescreens, List<string> Missed) Check(CompiledRuleSet ruleSet)
    {
        var engine = new ReferralEngine(ruleSet);
        int checkedMembers = 0, rescreens = 0;
        var missed = new List<string>();
        foreach (var seed in s_seeds)
        {
            var simulator = new CohortSimulator(new SimulationOptions { Seed = seed, GroupCount = 6, Weeks = 24 });
            var dataset = simulator.Simulate();
            for (var asOf = simulator.EndDate; asOf > simulator.EndDate.AddDays(-7 * 20); asOf = asOf.AddDays(-14))
            {
                var decisions = engine.Evaluate(dataset, asOf).Where(d => d.Subject.Kind == RuleSubject.Member).ToDictionary(d => d.Subject.Id, StringComparer.Ordinal);
                foreach (var history in dataset.MemberHistories)
                {
                    if (DatasetEvaluation.ScopeOf(history.Member, asOf, ruleSet.Settings.CooldownDays) != MemberEvaluationScope.Active)
                    {
                        continue;
                    }

                    var series = history.AssessmentsOf(InstrumentId.Phq9, asOf);
                    if (series.IsEmpty || series[^1].Score.IsTotalOnly || series[^1].Score.GetItem(9) is not >= 1)
                    {
                        continue;
                    }

                    checkedMembers++;
                    var decision = decisions[history.Member.Id.Value];
                    var stat = decision.Recommendations.Any(r => r.Action == RuleAction.Refer && r.Priority == RulePriority.Stat);
                    var rescreen = decision.Recommendations.Any(r => r.Action == RuleAction.Screen && r.RuleIds.Contains("rescreen-overdue"));
                    rescreens += rescreen ? 1 : 0;
                    if (!stat && !rescreen)
                    {
                        missed.Add($"seed {seed}, {asOf:yyyy-MM-dd}, {history.Member.Id.Value}: last PHQ-9 {series[^1].Date:yyyy-MM-dd}");
                    }
                }
            }
        }

        return (checkedMembers, rescreens, missed);
    }
}
