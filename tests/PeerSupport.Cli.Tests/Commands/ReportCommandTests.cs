using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;
using PeerSupport.Cli.Commands;

namespace PeerSupport.Cli.Tests.Commands;

public sealed class ReportCommandTests
{
    private static readonly XNamespace s_xhtml = "http://www.w3.org/1999/xhtml";
    private static readonly XNamespace s_svg = "http://www.w3.org/2000/svg";

    [Fact]
    public void Report_Text_DefaultsToTheLastSessionDate()
    {
        var run = CliRun.Of("report", TestDatasets.Example);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.StartsWith("Group health report as of 2026-03-12", run.Out, StringComparison.Ordinal);
        Assert.Contains("Key findings", run.Out, StringComparison.Ordinal);
        Assert.Contains("Facilitation models", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_NoMemberIds_AppearInAnyFormat()
    {
        foreach (var format in new[] { "text", "markdown", "json", "html" })
        {
            var run = CliRun.Of("report", TestDatasets.Example, "--format", format);

            Assert.True(run.ExitCode == 0, run.ToString());
            Assert.DoesNotMatch(@"[NH]0\d-\d{4}", run.Out);
        }
    }

    [Fact]
    public void Report_Json_MatchesGolden()
    {
        var run = CliRun.Of("report", TestDatasets.Simulated, "--format", "json");

        Assert.True(run.ExitCode == 0, run.ToString());
        using (var document = JsonDocument.Parse(run.Out))
        {
            Assert.Equal("group-health", document.RootElement.GetProperty("report").GetString());
        }

        Golden.Verify("report.seed11.json", run.Out);
    }

    [Fact]
    public void Report_AsOf_ChangesTheReportDate()
    {
        var run = CliRun.Of("report", TestDatasets.Simulated, "--format", "json", "--as-of", "2025-02-14");

        Assert.Equal(0, run.ExitCode);
        using var document = JsonDocument.Parse(run.Out);
        Assert.Equal("2025-02-14", document.RootElement.GetProperty("asOf").GetString());
    }

    [Fact]
    public void Report_Markdown_HasHeadingsAndTables()
    {
        var run = CliRun.Of("report", TestDatasets.Simulated, "--format", "markdown");

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("# Group health report as of ", run.Out, StringComparison.Ordinal);
        Assert.Contains("\n## All groups\n", run.Out, StringComparison.Ordinal);
        Assert.Contains("| component | status | value |", run.Out, StringComparison.Ordinal);
        Assert.Contains("| --- |", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_Html_IsWellFormedSelfContainedAndHasFourPlots()
    {
        using var folder = new TempFolder();
        var path = folder.File("report.html");

        var run = CliRun.Of("report", TestDatasets.Simulated, "--format", "html", "--out", path);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("Wrote html report as of ", run.Out, StringComparison.Ordinal);
        var html = File.ReadAllText(path);
        var document = XDocument.Parse(html, LoadOptions.None);
        Assert.Equal(s_xhtml + "html", document.Root!.Name);
        var figures = document.Descendants(s_xhtml + "figure").ToList();
        // Each plot follows the table it illustrates: index by the key findings, outcomes by the pooled measures,
        // attendance by the groups, retention by the facilitation models.
        Assert.Equal(["plot-health-index", "plot-outcomes", "plot-attendance", "plot-retention"], figures.Select(f => (string?)f.Attribute("id")));
        Assert.All(figures, f => Assert.Single(f.Elements(s_svg + "svg")));
        Assert.Empty(document.Descendants(s_xhtml + "script"));
        Assert.Empty(document.Descendants(s_xhtml + "link"));
        Assert.Empty(document.Descendants(s_xhtml + "img"));
        Assert.Single(document.Descendants(s_xhtml + "style"));
        var external = document.Descendants().Attributes()
            .Where(a => a.Name.LocalName is "src" or "href")
            .Where(a => Regex.IsMatch(a.Value, "^(https?:)?//", RegexOptions.IgnoreCase))
            .ToList();
        Assert.Empty(external);
        Assert.DoesNotContain("url(http", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("@import", html, StringComparison.OrdinalIgnoreCase);
        // The plots carry data: the attendance heat map has a cell per group and week with a session.
        Assert.True(figures[2].Descendants().Count(e => e.Name.LocalName is "rect" or "polygon" or "path") >= 4);
    }

    [Fact]
    public void Report_HtmlWithManyGroupsAndNoPublishedIndex_PlotsThirtyAndSaysWhich()
    {
        using var folder = new TempFolder();
        var data = folder.File("many");
        Assert.Equal(0, CliRun.Of("simulate", "--out", data, "--groups", "31", "--members-per-group", "5", "--weeks", "4", "--seed", "2").ExitCode);

        var run = CliRun.Of("report", data, "--format", "html");

        Assert.True(run.ExitCode == 0, run.ToString());
        var document = XDocument.Parse(run.Out);
        var caption = document.Descendants(s_xhtml + "figure").Single(f => (string?)f.Attribute("id") == "plot-health-index").Element(s_xhtml + "figcaption")!.Value;
        // Groups of five at k = 5 publish no index, so "the lowest index" would be meaningless.
        Assert.Contains("Shown: the first 30 of 31 groups by id; no group's index is published.", caption, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_HtmlWithManyGroups_CaptionSaysWhichUnpublishedGroupsArePlotted()
    {
        // With fewer than 30 published indexes the plot fills up with groups whose index is not published; calling
        // them "the groups with the lowest index" would claim something about values the report withholds.
        using var folder = new TempFolder();
        var data = folder.File("many-unpublished");
        Assert.Equal(0, CliRun.Of("simulate", "--out", data, "--groups", "63", "--weeks", "26", "--seed", "1").ExitCode);

        var run = CliRun.Of("report", data, "--format", "html");

        Assert.True(run.ExitCode == 0, run.ToString());
        var figure = XDocument.Parse(run.Out).Descendants(s_xhtml + "figure").Single(f => (string?)f.Attribute("id") == "plot-health-index");
        var caption = figure.Element(s_xhtml + "figcaption")!.Value;
        var plottedUnpublished = figure.Descendants().Count(e => e.Name.LocalName == "text" && e.Value == "not published");
        Assert.True(plottedUnpublished > 0, "the scenario needs unpublished groups in the plot");
        Assert.DoesNotContain("groups with the lowest Group Health Index", caption, StringComparison.Ordinal);
        Assert.Contains(string.Create(CultureInfo.InvariantCulture, $"and {plottedUnpublished} of the "), caption, StringComparison.Ordinal);
        Assert.Contains("whose index is not published (the first by id)", caption, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_Html_ParsesWithAStrictXmlReader()
    {
        var run = CliRun.Of("report", TestDatasets.Example, "--format", "html");
        using var reader = XmlReader.Create(new StringReader(run.Out), new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore });

        var elements = 0;
        while (reader.Read())
        {
            elements += reader.NodeType == XmlNodeType.Element ? 1 : 0;
        }

        Assert.True(elements > 100);
    }

    [Fact]
    public void Report_MinCellAboveEveryCount_SuppressesCells()
    {
        var small = CliRun.Of("report", TestDatasets.Example, "--format", "json", "--min-cell", "1000");
        var normal = CliRun.Of("report", TestDatasets.Example, "--format", "json", "--min-cell", "1");

        Assert.Equal(0, small.ExitCode);
        using var document = JsonDocument.Parse(small.Out);
        Assert.Equal(1000, document.RootElement.GetProperty("minimumCellSize").GetInt32());
        Assert.Contains("fewer than 1000 members", small.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("\"retained\"", small.Out, StringComparison.Ordinal);
        Assert.Contains("\"retained\"", normal.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--min-cell", "0", "--min-cell must be between 1 and 1000, was 0")]
    [InlineData("--as-of", "2025-02-30", "--as-of must be an ISO date (yyyy-MM-dd), was '2025-02-30'")]
    [InlineData("--format", "pdf", "'pdf'")]
    public void Report_BadOption_ExitsTwo(string option, string value, string message)
    {
        var run = CliRun.Of("report", TestDatasets.Example, option, value);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(message, run.Error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, run.Out);
    }

    [Fact]
    public void Report_InvalidDataset_ExitsTwoWithLocatedErrorsOnStderr()
    {
        using var folder = new TempFolder();
        var data = TestDatasets.CopyExample(folder);
        CsvEdits.Replace(Path.Combine(data, "groups.csv"), 2, "peer_led", "peer_lead");

        var run = CliRun.Of("report", data);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(string.Empty, run.Out);
        Assert.StartsWith(Path.Combine(data, "groups.csv:2:3") + ": error: ", run.ErrorLines[0], StringComparison.Ordinal);
        Assert.Contains("nothing was analysed", run.ErrorLines[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void Report_OutIntoMissingFolder_ExitsTwo()
    {
        var run = CliRun.Of("report", TestDatasets.Example, "--out", Path.Combine("no-such-folder", "r.txt"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("does not exist", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_JsonOut_KeepsTheOutputPolicy()
    {
        using var folder = new TempFolder();
        var existing = folder.Write("existing.json", "keep me");
        var target = folder.Write("target.json", "old");
        var link = folder.File("link.json");
        File.CreateSymbolicLink(link, target);

        var refused = CliRun.Of("report", TestDatasets.Example, "--format", "json", "--out", existing);
        var throughLink = CliRun.Of("report", TestDatasets.Example, "--format", "json", "--out", link, "--force");
        var forced = CliRun.Of("report", TestDatasets.Example, "--format", "json", "--out", existing, "--force");

        Assert.Equal(2, refused.ExitCode);
        Assert.Equal(2, throughLink.ExitCode);
        Assert.Equal("old", File.ReadAllText(target));
        Assert.True(forced.ExitCode == 0, forced.ToString());
        Assert.Equal(CliRun.Of("report", TestDatasets.Example, "--format", "json").Out, File.ReadAllText(existing));
        Assert.Equal(["existing.json", "link.json", "target.json"], Directory.GetFileSystemEntries(folder.Path).Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal).ToArray());
    }

    [Fact]
    public void WriteAtomically_AWriteThatFailsHalfway_LeavesTheOldFileAndNoTemporaryFile()
    {
        using var folder = new TempFolder();
        var path = folder.Write("report.json", "old report");

        var failure = Assert.Throws<IOException>(() => ReportCommand.WriteAtomically(path, stream =>
        {
            stream.Write(new byte[100_000]);
            throw new IOException("the disk is full");
        }));

        Assert.Equal("the disk is full", failure.Message);
        Assert.Equal("old report", File.ReadAllText(path));
        Assert.Equal(["report.json"], Directory.GetFileSystemEntries(folder.Path).Select(f => Path.GetFileName(f)).ToArray());
    }
}
