using System.Text.Json;

namespace PeerSupport.Cli.Tests.Commands;

public sealed class ReferralsCommandTests
{
    [Fact]
    public void Referrals_Text_SummarisesAndListsDecisions()
    {
        var run = CliRun.Of("referrals", TestDatasets.Example);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.StartsWith("Referral decisions as of 2026-03-12 (rule set default 1.1.0", run.Out, StringComparison.Ordinal);
        Assert.Contains("  Members: 11 active evaluated, 0 left within the cooldown (protected rules only); not evaluated: 2 left earlier, 0 not yet joined\n  2 groups evaluated;", run.Out, StringComparison.Ordinal);
        Assert.Contains("Decisions:", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Referrals_Json_FollowsTheOutputContract()
    {
        var run = CliRun.Of("referrals", TestDatasets.Example, "--format", "json");

        Assert.True(run.ExitCode == 0, run.ToString());
        using var document = JsonDocument.Parse(run.Out);
        var root = document.RootElement;
        Assert.Equal("2026-03-12", root.GetProperty("asOf").GetString());
        Assert.Equal("default", root.GetProperty("ruleSet").GetProperty("id").GetString());
        var decisions = root.GetProperty("decisions").EnumerateArray().ToList();
        Assert.NotEmpty(decisions);
        foreach (var decision in decisions)
        {
            var subject = decision.GetProperty("subject");
            Assert.Contains(subject.GetProperty("kind").GetString(), new[] { "member", "group" });
            Assert.False(string.IsNullOrEmpty(subject.GetProperty("id").GetString()));
            Assert.False(string.IsNullOrEmpty(subject.GetProperty("groupId").GetString()));
            Assert.Equal(JsonValueKind.Array, decision.GetProperty("recommendations").ValueKind);
            Assert.Equal(JsonValueKind.Array, decision.GetProperty("suppressed").ValueKind);
            Assert.Equal(JsonValueKind.Array, decision.GetProperty("unknowns").ValueKind);
            Assert.Contains(decision.GetProperty("needsReview").ValueKind, new[] { JsonValueKind.True, JsonValueKind.False });
            Assert.Equal(64, decision.GetProperty("ruleSet").GetProperty("sha256").GetString()!.Length);
            foreach (var recommendation in decision.GetProperty("recommendations").EnumerateArray())
            {
                Assert.Contains(recommendation.GetProperty("action").GetString(), new[] { "refer", "outreach", "screen", "review" });
                Assert.Contains(recommendation.GetProperty("priority").GetString(), new[] { "routine", "urgent", "asap", "stat" });
                Assert.NotEmpty(recommendation.GetProperty("ruleIds").EnumerateArray());
            }
        }

        // The example dataset has a positive PHQ-9 item 9 within the window.
        Assert.Contains(decisions, d => d.GetProperty("recommendations").EnumerateArray().Any(r => r.GetProperty("ruleIds").EnumerateArray().Any(id => id.GetString() == "phq9-item9")));
    }

    [Fact]
    public void Referrals_Json_MatchesGolden()
    {
        var run = CliRun.Of("referrals", TestDatasets.Simulated, "--format", "json");

        Assert.True(run.ExitCode == 0, run.ToString());
        Golden.Verify("referrals.seed11.json", run.Out);
    }

    [Fact]
    public void Referrals_Text_ListsEveryoneNeedingAttention_AndSaysWhoWasNotEvaluated()
    {
        using var folder = new TempFolder();
        var data = TestDatasets.CopyExample(folder);
        // X01: item 9 = 1 (total 22) 65 days before the as-of date, still a member, no PHQ-9 since.
        CsvEdits.Append(Path.Combine(data, "members.csv"), "X01-1000,G-NORTH,2026-01-06,,,true,true");
        CsvEdits.Append(Path.Combine(data, "assessments.csv"), "X01-1000,PHQ-9,2026-01-06,3,3,3,3,3,2,2,2,1,");
        // X02: blank item 9 on an old last PHQ-9: unknown, so the protected rule asks for review.
        CsvEdits.Append(Path.Combine(data, "members.csv"), "X02-2000,G-NORTH,2026-01-06,,,true,true");
        CsvEdits.Append(Path.Combine(data, "assessments.csv"), "X02-2000,PHQ-9,2026-01-06,1,1,1,1,1,1,1,1,,");
        // X03 joins after the as-of date; X04 left 3 days before it (protected rules only).
        CsvEdits.Append(Path.Combine(data, "members.csv"), "X03-3000,G-NORTH,2026-03-20,,,true,true");
        CsvEdits.Append(Path.Combine(data, "members.csv"), "X04-4000,G-NORTH,2026-01-06,2026-03-09,transferred,true,true");

        var run = CliRun.Of("referrals", data, "--as-of", "2026-03-12");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("  Members: 13 active evaluated, 1 left within the cooldown (protected rules only); not evaluated: 2 left earlier, 1 not yet joined", run.Out, StringComparison.Ordinal);
        var lines = run.Out.Split('\n');
        var x01 = Array.FindIndex(lines, l => l.StartsWith("  member X01-1000", StringComparison.Ordinal));
        Assert.True(x01 > 0, run.Out);
        Assert.Contains("screen -> phq9, urgent  [rescreen-overdue]", lines[x01 + 1], StringComparison.Ordinal);
        Assert.Contains("last one on 2026-01-06 (65 days ago): item 9 = 1, total = 22", lines[x01 + 2], StringComparison.Ordinal);
        Assert.Contains("  member X02-2000 (group G-NORTH) [needs review]", run.Out, StringComparison.Ordinal);
        Assert.Contains("unknown: protected rule rescreen-overdue (missing phq9.lastItem9, phq9.lastTotal)", run.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("X03-3000", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Referrals_Explain_ShowsComparedValues()
    {
        var run = CliRun.Of("referrals", TestDatasets.Example, "--explain");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("explanation:", run.Out, StringComparison.Ordinal);
        Assert.Contains("phq9-item9: ", run.Out, StringComparison.Ordinal);
        Assert.Contains(" ≥ 1 ", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Referrals_AsOfBeforeAnyMemberJoined_EvaluatesGroupsOnly()
    {
        var run = CliRun.Of("referrals", TestDatasets.Example, "--as-of", "2025-01-01", "--format", "json");

        Assert.Equal(0, run.ExitCode);
        using var document = JsonDocument.Parse(run.Out);
        Assert.Equal(0, document.RootElement.GetProperty("summary").GetProperty("membersEvaluated").GetInt32());
        Assert.Equal(2, document.RootElement.GetProperty("summary").GetProperty("groupsEvaluated").GetInt32());
    }

    [Fact]
    public void Referrals_CustomRuleFile_IsUsedAndStamped()
    {
        var json = CliRun.Of("rules", "show", "default", "--format", "json").Out.Replace("\"id\": \"default\"", "\"id\": \"clinic\"", StringComparison.Ordinal);
        using var folder = new TempFolder();
        var path = folder.Write("clinic.rules.json", json);

        var run = CliRun.Of("referrals", TestDatasets.Example, "--rules", path);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("(rule set clinic 1.1.0", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Referrals_BrokenRuleFile_ExitsTwoBeforeReadingTheDataset()
    {
        using var folder = new TempFolder();
        var path = folder.Write("broken.rules.json", "{ \"id\": \"x\" ");

        var run = CliRun.Of("referrals", "no-such-folder", "--rules", path);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith(path + ":1:", run.ErrorLines[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Referrals_MissingDataset_ExitsTwo()
    {
        var run = CliRun.Of("referrals", "no-such-folder");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(["no-such-folder: folder not found"], run.ErrorLines);
    }
}
