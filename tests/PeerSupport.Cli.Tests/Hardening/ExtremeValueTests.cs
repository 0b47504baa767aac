namespace PeerSupport.Cli.Tests.Hardening;

/// <summary>Values at the edges of what the format allows: exit 0 when valid, 2 when not, never an unexpected failure.</summary>
public sealed class ExtremeValueTests
{
    [Theory]
    [InlineData("4.9e-324", true)]
    [InlineData("4.9e-324", false)]
    [InlineData("1e308", true)]
    [InlineData("1e308", false)]
    [InlineData("0.0000000001", false)]
    public void Report_TinyOrHugeSpeakingMinutes_ExitsZeroOrTwo(string minutes, bool everyRow)
    {
        using var folder = new TempFolder();
        var data = TestDatasets.CopyExample(folder);
        var path = Path.Combine(data, "attendance.csv");
        var header = File.ReadLines(path).First().Split(',');
        var column = Array.IndexOf(header, "speaking_minutes");
        var lines = File.ReadAllText(path).ReplaceLineEndings("\n").TrimEnd('\n').Split('\n');
        for (var i = 1; i < lines.Length; i++)
        {
            var cells = lines[i].Split(',');
            if (cells[column].Length > 0)
            {
                cells[column] = minutes;
                lines[i] = string.Join(',', cells);
                if (!everyRow)
                {
                    break;
                }
            }
        }

        File.WriteAllText(path, string.Join('\n', lines) + "\n");

        foreach (var format in new[] { "text", "json", "html" })
        {
            var run = CliRun.Of("report", data, "--format", format);
            Assert.True(run.ExitCode is 0 or 2, run.ToString());
            Assert.DoesNotContain("unexpected failure", run.Error, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("9999-12-31")]
    [InlineData("0001-01-01")]
    public void Report_ExtremeAsOfOrSessionDate_ExitsZeroOrTwo(string date)
    {
        using var folder = new TempFolder();
        var data = TestDatasets.CopyExample(folder);
        var sessions = Path.Combine(data, "sessions.csv");
        var lines = File.ReadAllText(sessions).ReplaceLineEndings("\n").TrimEnd('\n').Split('\n');
        var cells = lines[^1].Split(',');
        cells[2] = date;
        lines[^1] = string.Join(',', cells);
        File.WriteAllText(sessions, string.Join('\n', lines) + "\n");

        var runs = new[]
        {
            CliRun.Of("report", TestDatasets.Example, "--as-of", date),
            CliRun.Of("referrals", TestDatasets.Example, "--as-of", date),
            CliRun.Of("report", data),
            CliRun.Of("referrals", data),
        };

        Assert.All(runs, run =>
        {
            Assert.True(run.ExitCode is 0 or 2, run.ToString());
            Assert.DoesNotContain("unexpected failure", run.Error, StringComparison.Ordinal);
        });
    }
}

/// <summary>Text from a rule file never reaches the terminal raw.</summary>
public sealed class RuleFileEchoTests
{
    [Theory]
    [InlineData("rules", "test")]
    [InlineData("rules", "show")]
    [InlineData("referrals", "text")]
    [InlineData("referrals", "json")]
    public void Rules_ControlCharactersInNames_AreEscaped(string command, string mode)
    {
        using var folder = new TempFolder();
        var pack = PeerSupport.Rules.Serialization.RuleSetJson.Write(PeerSupport.Rules.DefaultRulePack.RuleSet.Model);
        var path = folder.Write("r.json", pack.Replace("\"name\": \"", "\"name\": \"\\u001b]0;x\\u0007", StringComparison.Ordinal).Replace("\"title\": \"", "\"title\": \"\\u0000\\u001b[2J", StringComparison.Ordinal));

        var run = command == "rules"
            ? CliRun.Of("rules", mode, path)
            : CliRun.Of("referrals", TestDatasets.Simulated, "--rules", path, "--format", mode, "--explain");

        Assert.True(run.ExitCode == 0, run.ToString());
        if (command == "rules")
        {
            Assert.Contains("\\u001B", run.Out, StringComparison.Ordinal);
        }

        Assert.DoesNotContain(run.Out, c => char.IsControl(c) && c is not '\n' and not '\t');
    }
}
