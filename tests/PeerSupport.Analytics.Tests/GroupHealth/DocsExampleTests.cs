using System.Text.Json;
using PeerSupport.Analytics.Cohorts;
using PeerSupport.Analytics.Engagement;
using PeerSupport.Analytics.GroupHealth;
using PeerSupport.Analytics.Privacy;
using PeerSupport.Analytics.Tests.Cohorts;

namespace PeerSupport.Analytics.Tests.GroupHealth;

/// <summary>Runs the example of docs/group-health.md (Console replaced by a writer) so the documentation cannot rot.</summary>
public sealed class DocsExampleTests
{
    [Fact]
    public void GroupHealthDocExample_RunsAndExplainsEveryGroup()
    {
        var dataset = CohortTestData.Build(seed: 21, groupsPerModel: 3, membersPerGroup: 8);
        var console = new StringWriter();

        // --- docs/group-health.md "Example" ---
        var asOf = new DateOnly(2026, 3, 30);

        var health = new GroupHealthAnalyzer(new GroupHealthOptions { OutcomesWeight = 0.25, ReferralWeight = 0 })
            .Analyze(dataset, asOf);
        foreach (var group in health.Groups)
        {
            console.WriteLine($"{group.GroupId}: {group.Index.Explanation}");
            foreach (var component in group.Index.Components)
            {
                console.WriteLine($"  {component.Kind,-22} {component.Contribution,5:0.0}  {component.Explanation}");
            }
        }

        var engagement = new EngagementAnalyzer().Analyze(dataset, asOf);
        var quiet = engagement.Members.Where(m => m.CurrentAbsenceStreak >= 3).Select(m => m.MemberId);

        var comparison = new FacilitationModelComparer(new CohortComparisonOptions { NonInferiorityMargin = 3 })
            .Compare(dataset, asOf);
        console.WriteLine(comparison.Answer);

        var json = JsonSerializer.Serialize(health, ReportJson.CreateOptions(indented: true));

        // --- end of example ---
        var lines = console.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal((9 * 8) + 1, lines.Length);
        Assert.Contains("observational data, not a randomised trial", lines[^1], StringComparison.Ordinal);
        Assert.All(health.Groups, g => Assert.Equal(ComponentStatus.Excluded, g.Index.Components.Single(c => c.Kind == HealthComponentKind.ReferralFollowThrough).Status));
        Assert.All(quiet, id => Assert.StartsWith("MEM-", id.Value, StringComparison.Ordinal));
        using var document = JsonDocument.Parse(json);
        Assert.Equal(9, document.RootElement.GetProperty("groups").GetArrayLength());
    }

    [Fact]
    public void DisclosureControlDocExample_ProtectsBeforePublishing()
    {
        var dataset = CohortTestData.Build(seed: 21, groupsPerModel: 3, membersPerGroup: 8);
        var asOf = new DateOnly(2026, 3, 30);

        // --- docs/group-health.md "Disclosure control" ---
        var options = new GroupHealthOptions { MinimumCellSize = 10 };
        var health = new GroupHealthAnalyzer(options).Analyze(dataset, asOf);
        var cohorts = new FacilitationModelComparer(new CohortComparisonOptions { MinimumCellSize = 10 }).Compare(dataset, asOf);
        var published = new ReportDisclosureControl(options).Protect(health, cohorts);   // publish only this

        // --- end of example ---
        // Groups of 8 are below k = 10: nothing about a single group is published, and no index either.
        Assert.All(published.Health.Groups, g => Assert.True(g.Retention.Members.IsSuppressed));
        Assert.All(published.Health.Groups, g => Assert.False(g.Index.Value.IsDefined));
        Assert.NotNull(published.Cohorts);
    }
}
