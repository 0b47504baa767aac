using System.Text.Json;

namespace PeerSupport.Cli.Tests.Commands;

public sealed class RulesCommandTests
{
    [Fact]
    public void Show_Default_ListsEveryRuleOfThePack()
    {
        var run = CliRun.Of("rules", "show");

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("Rule set default 1.1.0", run.Out, StringComparison.Ordinal);
        foreach (var id in new[] { "phq9-item9", "crisis-disclosure", "rescreen-overdue", "phq9-severe", "gad7-severe", "k10-very-high", "reliable-deterioration", "not-improving", "missed-three", "low-wellbeing-unscreened", "baseline-missing", "harmful-influence", "facilitation-gap", "credential-expired", "crisis-unattributed" })
        {
            Assert.Contains(id + " (", run.Out, StringComparison.Ordinal);
        }

        Assert.Contains("phq9-item9 (member) [protected]", run.Out, StringComparison.Ordinal);
        Assert.Contains("when: phq9.item9 >= 1", run.Out, StringComparison.Ordinal);
        Assert.Contains("then: refer -> licensed_clinician, stat", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Show_Json_WritesARuleFileThatChecksClean()
    {
        var show = CliRun.Of("rules", "show", "default", "--format", "json");
        using var folder = new TempFolder();
        var path = folder.Write("copy.rules.json", show.Out);

        var check = CliRun.Of("rules", "check", path);

        Assert.Equal(0, show.ExitCode);
        using (var document = JsonDocument.Parse(show.Out))
        {
            Assert.Equal("default", document.RootElement.GetProperty("id").GetString());
        }

        Assert.Equal(0, check.ExitCode);
        Assert.Contains(": ok: rule set default 1.1.0, 15 rules (4 protected)", check.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Facts_ListsEveryFactWithItsUnit()
    {
        var run = CliRun.Of("rules", "facts");

        Assert.Equal(0, run.ExitCode);
        var lines = run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Matches(@"^fact +type +unit +for +meaning$", lines[0].TrimEnd());
        Assert.Contains(lines, l => System.Text.RegularExpressions.Regex.IsMatch(l, @"^phq9\.item9 +number 0–3 +points +member +Item 9 of the latest phq9"));
        Assert.Contains(lines, l => System.Text.RegularExpressions.Regex.IsMatch(l, @"^count\(incidents\.conflict, Nd\) +number ≥ 0 +incidents +member, group "));
        Assert.Contains(lines, l => System.Text.RegularExpressions.Regex.IsMatch(l, @"^referral\.open\(target\) +boolean +- +member "));
    }

    [Fact]
    public void Facts_SubjectGroup_ListsOnlyGroupFacts()
    {
        var run = CliRun.Of("rules", "facts", "--subject", "group");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("sessions.held(Nd)", run.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("phq9.total", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Facts_Json_GivesEachFactItsUnitOnce()
    {
        var run = CliRun.Of("rules", "facts", "--format", "json");

        Assert.Equal(0, run.ExitCode);
        using var document = JsonDocument.Parse(run.Out);
        var facts = document.RootElement.GetProperty("facts").EnumerateArray().ToDictionary(f => f.GetProperty("name").GetString()!);
        Assert.Equal("days", facts["membership.days"].GetProperty("unit").GetString());
        Assert.Equal(JsonValueKind.Null, facts["group.acuity"].GetProperty("unit").ValueKind);
        Assert.Equal("count", facts["incidents.conflict"].GetProperty("argument").GetString());
        Assert.Equal(27, facts["phq9.total"].GetProperty("maximum").GetDouble());
        Assert.DoesNotContain(facts.Values, f => f.GetProperty("type").GetString() == "number" && f.GetProperty("unit").ValueKind == JsonValueKind.Null);
    }

    [Fact]
    public void Show_MissingFile_ExitsTwoNamingTheFile()
    {
        var run = CliRun.Of("rules", "show", "no-such.rules.json");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(["no-such.rules.json: file not found"], run.ErrorLines);
    }

    [Fact]
    public void Check_BrokenFile_ExitsTwoWithEveryErrorLocated()
    {
        using var folder = new TempFolder();
        var path = folder.Write("broken.rules.json", """
            {
              "id": "broken",
              "version": "1.0.0",
              "rules": [
                { "id": "a", "subject": "member", "when": "phq9.total >= 20",
                  "then": { "action": "refer", "target": "licensed_clinician", "priority": "urgent" } },
                { "id": "b", "title": "B", "subject": "member", "when": "phq9.totl >= 3",
                  "then": { "action": "refer", "target": "licensed_clinician", "priority": "soon" } }
              ]
            }
            """);

        var run = CliRun.Of("rules", "check", path);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(string.Empty, run.Out);
        Assert.Contains(path + ":5:5: error: /rules/0/title: 'title' is required", run.ErrorLines);
        Assert.Contains(run.ErrorLines, l => l.StartsWith(path + ":8:", StringComparison.Ordinal) && l.Contains("/rules/1/then/priority", StringComparison.Ordinal) && l.Contains("'soon'", StringComparison.Ordinal));
        Assert.All(run.ErrorLines, l => Assert.Matches(@"^.+:\d+:\d+: error: ", l));
    }

    [Fact]
    public void Check_ConditionError_IsLocatedInsideTheFile()
    {
        using var folder = new TempFolder();
        var path = folder.Write("cond.rules.json", """
            {
              "id": "cond",
              "version": "1.0.0",
              "rules": [
                { "id": "a", "title": "A", "subject": "member", "when": "phq9.total >=",
                  "then": { "action": "refer", "target": "licensed_clinician", "priority": "urgent" } }
              ]
            }
            """);

        var run = CliRun.Of("rules", "check", path);

        Assert.Equal(2, run.ExitCode);
        var line = Assert.Single(run.ErrorLines, l => l.Contains("/rules/0/when", StringComparison.Ordinal));
        // The parser reports the end of the 13-character condition (its column 14); in the file that is 14
        // columns after the opening quote of the string.
        var quoteColumn = File.ReadAllLines(path)[4].IndexOf("\"phq9.total >=\"", StringComparison.Ordinal) + 1;
        Assert.StartsWith($"{path}:5:{quoteColumn + 14}: error: /rules/0/when:", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_MalformedJson_ExitsTwoWithLineAndColumn()
    {
        using var folder = new TempFolder();
        var path = folder.Write("malformed.rules.json", "{\n  \"id\": \"x\",\n  \"version\" \"1.0.0\"\n}\n");

        var run = CliRun.Of("rules", "check", path);

        Assert.Equal(2, run.ExitCode);
        var line = Assert.Single(run.ErrorLines);
        Assert.StartsWith(path + ":3:", line, StringComparison.Ordinal);
        Assert.Contains("malformed JSON", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_RemovingAProtectedRule_ExitsTwo()
    {
        var show = CliRun.Of("rules", "show", "default", "--format", "json");
        using var document = JsonDocument.Parse(show.Out);
        var rules = document.RootElement.GetProperty("rules").EnumerateArray().Where(r => r.GetProperty("id").GetString() != "phq9-item9").ToArray();
        var edited = JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["id"] = "edited",
            ["version"] = "1.0.0",
            ["rules"] = rules,
        });
        using var folder = new TempFolder();
        var path = folder.Write("edited.rules.json", edited);

        var run = CliRun.Of("rules", "check", path);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(run.ErrorLines, l => l.Contains("protected rule 'phq9-item9' is removed", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_WeakeningAProtectedRule_ExitsTwo()
    {
        var show = CliRun.Of("rules", "show", "default", "--format", "json");
        var weakened = show.Out.Replace("\"when\": \"phq9.item9 >= 1\"", "\"when\": \"phq9.item9 >= 3\"", StringComparison.Ordinal);
        Assert.NotEqual(show.Out, weakened);
        using var folder = new TempFolder();
        var path = folder.Write("weakened.rules.json", weakened);

        var run = CliRun.Of("rules", "check", path);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(run.ErrorLines, l => l.StartsWith(path + ":", StringComparison.Ordinal) && l.Contains("phq9-item9", StringComparison.Ordinal));
    }

    [Fact]
    public void Test_Default_PassesWithFullCoverage()
    {
        var run = CliRun.Of("rules", "test", "default");

        Assert.Equal(0, run.ExitCode);
        Assert.Matches(@"Tests: (\d+) of \1 passed", run.Out);
        Assert.Contains("Coverage: 16 of 16 rules fully covered", run.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("FAIL", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Test_FileWithoutTests_WarnsAndReportsNoCoverage()
    {
        var json = CliRun.Of("rules", "show", "default", "--format", "json").Out;
        using var document = JsonDocument.Parse(json);
        var withoutTests = JsonSerializer.Serialize(document.RootElement.EnumerateObject().Where(p => p.Name != "tests").ToDictionary(p => p.Name, p => p.Value));
        using var folder = new TempFolder();
        var path = folder.Write("untested.rules.json", withoutTests);

        var run = CliRun.Of("rules", "test", path);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("warning: " + path + ": the rule set has no test cases", run.Error, StringComparison.Ordinal);
        Assert.Contains("Tests: 0 of 0 passed", run.Out, StringComparison.Ordinal);
        Assert.Contains("Coverage: 0 of 16 rules fully covered", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Test_FailingCase_ExitsTwoAndShowsTheDifference()
    {
        using var folder = new TempFolder();
        var path = folder.Write("failing.rules.json", """
            {
              "id": "failing",
              "version": "1.0.0",
              "overrides": [
                { "ruleId": "phq9-item9", "reason": "test file" },
                { "ruleId": "crisis-disclosure", "reason": "test file" },
                { "ruleId": "rescreen-overdue", "reason": "test file" },
                { "ruleId": "crisis-unattributed", "reason": "test file" }
              ],
              "rules": [
                { "id": "severe", "title": "Severe", "subject": "member", "when": "phq9.total >= 20",
                  "then": { "action": "refer", "target": "licensed_clinician", "priority": "urgent" } }
              ],
              "tests": [
                { "name": "fires at 20", "subject": "member", "asOf": "2025-01-31", "facts": { "phq9.total": 20 },
                  "expect": { "recommendations": [ { "action": "refer", "target": "licensed_clinician", "priority": "urgent" } ] } },
                { "name": "wrongly expects nothing at 25", "subject": "member", "asOf": "2025-01-31", "facts": { "phq9.total": 25 },
                  "expect": { "recommendations": [] } }
              ]
            }
            """);

        var run = CliRun.Of("rules", "test", path);

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains("PASS fires at 20", run.Out, StringComparison.Ordinal);
        Assert.Contains("FAIL wrongly expects nothing at 25", run.Out, StringComparison.Ordinal);
        Assert.Contains("unexpected recommendation", run.Out, StringComparison.Ordinal);
        Assert.Contains("Tests: 1 of 2 passed", run.Out, StringComparison.Ordinal);
    }
}
