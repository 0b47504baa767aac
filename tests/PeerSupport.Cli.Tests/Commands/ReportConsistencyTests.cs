using System.Globalization;
using System.Text.Json;
using PeerSupport.Analytics;
using PeerSupport.Analytics.GroupHealth;
using PeerSupport.Analytics.Simulation;
using PeerSupport.Cli.Commands;
using PeerSupport.Cli.Reports;
using PeerSupport.Cli.Rendering;

namespace PeerSupport.Cli.Tests.Commands;

/// <summary>
/// Renders the report in every format for 50 small simulated cohorts and checks the report model and the renders for
/// the contradictions a reader found: a percentage at a horizon nobody reached, an index published from too little of
/// its weight or for too few members, contributions adding up to an unpublished index, a plot that disagrees with its
/// table, a suppressed value drawn, a sentence said twice, lines wider than 100 columns, "1 groups".
/// </summary>
public sealed class ReportConsistencyTests
{
    public static TheoryData<int> Seeds()
    {
        var data = new TheoryData<int>();
        for (var seed = 1; seed <= 50; seed++)
        {
            data.Add(seed);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Report_EveryFormat_NoContradiction(int seed)
    {
        var options = new SimulationOptions { Seed = seed, GroupCount = 1 + (seed % 4), InitialMembersPerGroup = 4 + (seed % 7), Weeks = 6 + (seed % 15) };
        var dataset = new CohortSimulator(options).Simulate();
        var k = 2 + (seed % 9);
        var report = HealthReportBuilder.Build(dataset, dataset.LastSessionDate!.Value, k);
        var problems = new List<string>();

        foreach (var group in report.Health.Groups.Append(report.Health.Overall))
        {
            var name = group.GroupId?.Value ?? "all groups";
            var retention = group.Retention;
            if (retention.RetainedAtHorizon.Value.IsDefined && retention.LongestFollowUpDays < retention.HorizonDays)
            {
                problems.Add($"{name}: retention reported at {retention.HorizonDays} days, but the longest follow-up is {retention.LongestFollowUpDays} days");
            }

            var index = group.Index;
            if (index.Value.IsDefined)
            {
                if (index.Coverage < 0.6 - 1e-9)
                {
                    problems.Add($"{name}: index published from {index.Coverage:P0} of the weight");
                }

                if (retention.Members.MemberCount is { } members && members < k)
                {
                    problems.Add($"{name}: index published for {members} members, fewer than k = {k}");
                }

                if (Math.Abs(index.Components.Sum(c => c.Contribution) - index.Value.Value) > 1e-6)
                {
                    problems.Add($"{name}: contributions do not add up to the index");
                }

                var net = index.Components.Single(c => c.Kind == HealthComponentKind.Outcomes).Value;
                if (net.TryGetValue(out var n) && n < 0 && !index.Explanation.Contains("deteriorated", StringComparison.Ordinal))
                {
                    problems.Add($"{name}: net deterioration not said next to the index");
                }
            }
            else if (index.Components.Any(c => c.Contribution != 0))
            {
                problems.Add($"{name}: contributions shown for an unpublished index");
            }

            if (retention.Curve.Count > 0 && retention.RetainedAtHorizon.IsSuppressed)
            {
                problems.Add($"{name}: a retention curve is published while the retention figure is suppressed");
            }
        }

        foreach (var curve in report.RetentionByModel.Where(r => !r.IsSuppressed))
        {
            var cohort = report.Cohorts.Cohorts.Single(c => c.Model == curve.Model);
            var horizon = report.Health.Overall.Retention.HorizonDays;
            var atHorizon = curve.Curve.LastOrDefault(p => p.Day <= horizon);
            if (atHorizon is null || !cohort.RetainedAtHorizon.Value.TryGetValue(out var published) || Math.Abs(atHorizon.Retained - published) > 1e-12)
            {
                problems.Add($"{curve.Model}: the retention curve at {horizon} days does not show the table's figure");
            }
        }

        var text = ReportCommand.Render(report, "text");
        var markdown = ReportCommand.Render(report, "markdown");
        var json = ReportCommand.Render(report, "json");
        var html = ReportCommand.Render(report, "html");
        using (JsonDocument.Parse(json))
        {
        }

        var wide = text.Split('\n').FirstOrDefault(l => l.Length > 100);
        if (wide is not null)
        {
            problems.Add($"text line of {wide.Length} characters: {wide}");
        }

        foreach (var (format, body) in new[] { ("text", text), ("markdown", markdown), ("html", html) })
        {
            if (System.Text.RegularExpressions.Regex.IsMatch(body, @"\b1 (groups|members|weeks|sessions)\b"))
            {
                problems.Add($"{format}: a plural after 1");
            }

            if (body.Contains("NaN", StringComparison.Ordinal) || body.Contains("trend no clear trend", StringComparison.Ordinal))
            {
                var at = Math.Max(0, body.IndexOf("NaN", StringComparison.Ordinal) - 20);
                problems.Add($"{format}: NaN or a doubled word: {body.Substring(at, Math.Min(300, body.Length - at))}");
            }
        }

        var paragraphs = HealthReportDocument.Create(report, withPlots: false).Blocks.OfType<ParagraphBlock>().Select(p => p.Text).ToList();
        var sentences = paragraphs.SelectMany(p => p.Split(". ", StringSplitOptions.RemoveEmptyEntries)).Where(s => s.Length > 40).ToList();
        foreach (var repeated in sentences.GroupBy(s => s, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            problems.Add($"a sentence is said {repeated.Count()} times: {repeated.Key}");
        }

        var outcomes = report.Health.Overall.Outcomes;
        var suppressedCategories = new[] { outcomes.Recovered, outcomes.Improved, outcomes.Unchanged, outcomes.Deteriorated }.Count(c => c.IsSuppressed);
        var figure = html[html.IndexOf("id=\"plot-outcomes\"", StringComparison.Ordinal)..];
        figure = figure[..figure.IndexOf("</figure>", StringComparison.Ordinal)];
        if (CountOf(figure, ">suppressed<") != suppressedCategories)
        {
            problems.Add($"outcome plot labels {CountOf(figure, ">suppressed<")} suppressed categories, the table {suppressedCategories}");
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    private static int CountOf(string text, string part)
    {
        var count = 0;
        for (var at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + part.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

    [Theory]
    [InlineData("2020-01-01", "is before the first session")]
    [InlineData("2030-01-01", "is after the last session")]
    public void Report_AsOfOutsideTheSessions_ExitsTwoNamingTheOption(string date, string message)
    {
        var run = CliRun.Of("report", TestDatasets.Example, "--as-of", date);

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains("--as-of " + date + ": " + message, run.Error, StringComparison.Ordinal);
        Assert.Empty(run.Out);
    }

    [Fact]
    public void Report_AsOfAfterTheLastSessionWithAllowExtrapolation_WarnsAndReports()
    {
        var run = CliRun.Of("report", TestDatasets.Example, "--as-of", "2030-01-01", "--allow-extrapolation");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("warning: --as-of 2030-01-01 is", run.Error, StringComparison.Ordinal);
        Assert.StartsWith("Group health report as of 2030-01-01", run.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(11)]
    [InlineData(3)]
    public void Report_IssueReproductionsAtK10_NoIndexFromOneComponentAndNoSuppressedValueDrawn(int seed)
    {
        var dataset = new CohortSimulator(new SimulationOptions { Seed = seed, GroupCount = 4 }).Simulate();
        var report = HealthReportBuilder.Build(dataset, dataset.LastSessionDate!.Value, 10);

        foreach (var group in report.Health.Groups.Append(report.Health.Overall))
        {
            Assert.True(!group.Index.Value.IsDefined || group.Index.Coverage >= 0.6, group.Index.Explanation);
        }

        var html = ReportCommand.Render(report, "html");
        Assert.DoesNotContain("drawn as 0", html, StringComparison.Ordinal);
        var text = ReportCommand.Render(report, "text");
        Assert.Contains(string.Create(CultureInfo.InvariantCulture, $"Disclosure control (k = 10)"), text, StringComparison.Ordinal);
    }
}
