using System.Text;
using PeerSupport.Analytics.Simulation;
using PeerSupport.Cli.Commands;
using PeerSupport.Cli.Infrastructure;
using PeerSupport.Cli.Rendering;
using PeerSupport.Cli.Reports;
using PeerSupport.Data;
using PeerSupport.Datasets;

namespace PeerSupport.Cli.Tests.Reports;

/// <summary>
/// The report and referral JSON must stay byte-identical to what the tree-building writers made
/// (<see cref="LegacyJsonWriters"/>): over several simulated cohorts, k values (little and much suppression), as-of dates
/// (early, middle, last session, extrapolated), with and without explanations, written to a string, to an <c>--out</c>
/// file and to stdout through the escaping writer.
/// </summary>
public sealed class JsonStreamingTests
{
    /// <summary>Seed, groups, members per group, weeks, k, as-of (days from the first session; null = last session; negative = days after the last).</summary>
    public static TheoryData<int, int, int, int, int, int?> Cases => new()
    {
        { 11, 4, 6, 12, 5, null },
        { 11, 4, 6, 12, 1, 20 },
        { 3, 9, 8, 20, 5, 70 },
        { 3, 9, 8, 20, 25, null },
        { 29, 20, 10, 26, 11, -30 },
        { 29, 20, 10, 26, 3, 0 },
        { 47, 1, 3, 5, 5, null },
        { 58, 14, 12, 30, 8, 120 },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Report_Json_IsByteIdenticalToTheTreeWriter(int seed, int groups, int members, int weeks, int k, int? asOf)
    {
        var dataset = Simulate(seed, groups, members, weeks);
        var report = HealthReportBuilder.Build(dataset, AsOf(dataset, asOf), k);

        Assert.Equal(Legacy(w => LegacyJsonWriters.WriteReport(report, w)), ReportCommand.Render(report, "json"));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Referrals_Json_IsByteIdenticalToTheTreeWriter(int seed, int groups, int members, int weeks, int k, int? asOf)
    {
        _ = k;
        var dataset = Simulate(seed, groups, members, weeks);
        var ruleSet = RuleFiles.Load(RuleFiles.DefaultName);
        foreach (var explain in new[] { false, true })
        {
            var run = ReferralRun.Evaluate(dataset, ruleSet, AsOf(dataset, asOf), explain);
            using var actual = new StringWriter { NewLine = "\n" };
            ReferralRunWriter.WriteJson(actual, run);

            Assert.Equal(Legacy(w => LegacyJsonWriters.WriteReferrals(w, run)), actual.ToString());
        }
    }

    [Fact]
    public void Report_Json_WithControlAndBidiCharactersInTheTitle_IsByteIdentical()
    {
        var dataset = Simulate(5, 3, 6, 10);
        var report = HealthReportBuilder.Build(dataset, dataset.LastSessionDate!.Value, 5) with
        {
            Title = "Cohort \u202Eevil\u202C \u001B[31mred\u001B[0m \u2066isolate\u2069 \"quoted\" <tag> & é 日本 \U0001F600",
            Source = "line\u0085next\u2028para\u2029 tab\t \u200F\u061C",
        };

        Assert.Equal(Legacy(w => LegacyJsonWriters.WriteReport(report, w)), ReportCommand.Render(report, "json"));
    }

    [Fact]
    public void Cli_ReportToStdoutAndToFile_AndReferralsToStdout_MatchTheTreeWriter()
    {
        using var folder = new TempFolder();
        var data = folder.File("data");
        DatasetCsvWriter.Write(Simulate(17, 6, 7, 16), data);
        var metadata = Path.Combine(data, "dataset.json");
        var title = "Cohort \u202Eevil\u202C \\u202E \u2067x\u2069 é \U0001F600";
        File.WriteAllText(metadata, File.ReadAllText(metadata).Replace("\"title\": ", "\"title\": \"" + title.Replace("\\", "\\\\", StringComparison.Ordinal) + "\", \"_\": ", StringComparison.Ordinal));
        var dataset = DatasetCsvReader.Read(data).Dataset ?? throw new InvalidOperationException("the edited dataset does not load");
        Assert.Equal(title, dataset.Metadata.Title);
        var date = dataset.LastSessionDate!.Value.AddDays(-21);
        var report = HealthReportBuilder.Build(dataset, date, 4);
        var expectedReport = Legacy(w => LegacyJsonWriters.WriteReport(report, w));
        var args = new[] { "report", data, "--format", "json", "--as-of", Wire.Date(date), "--min-cell", "4" };

        var stdout = CliRun.Of(args);
        Assert.True(stdout.ExitCode == 0, stdout.ToString());
        Assert.Equal(ThroughTerminal(expectedReport), stdout.Out);
        Assert.Contains("\\u202E", stdout.Out, StringComparison.Ordinal);
        Assert.DoesNotContain('\u202E', stdout.Out);

        var file = folder.File("report.json");
        var written = CliRun.Of(args.Concat(["--out", file]).ToArray());
        Assert.True(written.ExitCode == 0, written.ToString());
        Assert.Equal(Encoding.UTF8.GetBytes(expectedReport), File.ReadAllBytes(file));
        Assert.Equal(["report.json"], Directory.GetFiles(folder.Path).Select(f => Path.GetFileName(f)).ToArray());

        foreach (var explain in new[] { false, true })
        {
            var run = ReferralRun.Evaluate(dataset, RuleFiles.Load(RuleFiles.DefaultName), date, explain);
            string[] referralArgs = ["referrals", data, "--format", "json", "--as-of", Wire.Date(date)];
            var referrals = CliRun.Of(explain ? [.. referralArgs, "--explain"] : referralArgs);
            Assert.True(referrals.ExitCode == 0, referrals.ToString());
            Assert.Equal(ThroughTerminal(Legacy(w => LegacyJsonWriters.WriteReferrals(w, run))), referrals.Out);
        }
    }

    private static PeerSupportDataset Simulate(int seed, int groups, int members, int weeks) => new CohortSimulator(new SimulationOptions
    {
        Seed = seed,
        GroupCount = groups,
        InitialMembersPerGroup = members,
        Weeks = weeks,
    }).Simulate();

    private static DateOnly AsOf(PeerSupportDataset dataset, int? days)
    {
        var last = dataset.LastSessionDate!.Value;
        var first = dataset.Sessions.Min(s => s.Date);
        return days switch
        {
            null => last,
            < 0 => last.AddDays(-days.Value),
            _ => first.AddDays(days.Value) is var d && d <= last ? d : last,
        };
    }

    private static string Legacy(Action<TextWriter> write)
    {
        using var writer = new StringWriter { NewLine = "\n" };
        write(writer);
        return writer.ToString();
    }

    private static string ThroughTerminal(string text)
    {
        using var inner = new StringWriter();
        using (var escaping = new EscapingWriter(inner))
        {
            escaping.Write(text);
        }

        return inner.ToString().ReplaceLineEndings("\n");
    }
}
