using System.CommandLine;
using System.Text;
using PeerSupport.Analytics.Privacy;
using PeerSupport.Cli.Infrastructure;
using PeerSupport.Cli.Rendering;
using PeerSupport.Cli.Reports;

namespace PeerSupport.Cli.Commands;

/// <summary><c>report DIR</c>: the group-health report in text, Markdown, JSON or self-contained HTML.</summary>
internal static class ReportCommand
{
    /// <summary>Creates the command.</summary>
    /// <param name="context">The shared context.</param>
    /// <returns>The command.</returns>
    public static Command Create(CliContext context)
    {
        var directory = new Argument<string>("DIR") { Description = "The dataset folder (CSV files and dataset.json)." };
        var asOf = CliOptions.AsOf();
        var format = CliOptions.Format("text", "markdown", "json", "html");
        var output = new Option<string?>("--out") { Description = "Write the report to this file (atomically) instead of stdout; an existing file is replaced only with --force.", HelpName = "FILE" };
        var force = new Option<bool>("--force") { Description = "Replace the --out file if it exists (a regular file only; never a link, a folder or a file in the dataset folder)." };
        var minCell = CliOptions.Int("--min-cell", "k: suppress every figure describing fewer than k members", SmallCellPolicy.DefaultMinimumCellSize, 1, SmallCellPolicy.MaximumMinimumCellSize);
        var allowExtrapolation = new Option<bool>("--allow-extrapolation") { Description = "Accept an --as-of after the last session: members still enrolled count as retained with no sessions held (a warning is printed)." };
        var command = new Command("report", "The group-health report: Group Health Index with explained components, attendance, retention, outcomes, safety, facilitation, and a comparison of facilitation models.")
        {
            directory, asOf, format, output, force, minCell, allowExtrapolation,
        };
        command.SetAction(parse =>
        {
            var folder = parse.GetValue(directory)!;
            var target = parse.GetValue(output) is { } requested ? OutputPaths.CheckFile("--out", requested, parse.GetValue(force), folder) : null;
            var dataset = DatasetLoader.Load(context, folder);
            var date = DatasetLoader.AsOf(dataset, parse.GetValue(asOf));
            CheckAsOf(context, dataset, date, parse.GetValue(allowExtrapolation));
            var k = parse.GetValue(minCell) ?? SmallCellPolicy.DefaultMinimumCellSize;
            var selected = parse.GetValue(format)!;
            var report = context.Progress.Run("Analysing group health", () => HealthReportBuilder.Build(dataset, date, k));
            if (target is not null)
            {
                var file = parse.GetValue(output)!;
                if (selected == "json")
                {
                    context.Progress.Run("Writing json", () => WriteAtomically(target, stream => HealthReportJson.Write(report, stream)));
                }
                else
                {
                    var text = context.Progress.Run("Rendering " + selected, () => Render(report, selected));
                    WriteAtomically(target, text);
                }

                context.Console.Out.WriteLine($"Wrote {selected} report as of {Wire.Date(date)} to {file}");
            }
            else if (selected == "json")
            {
                // Streamed straight to stdout (through its escaping writer), outside a progress step: a progress
                // line on the same terminal would land in the middle of the document.
                HealthReportJson.Write(report, context.Console.Out);
            }
            else
            {
                context.Console.Out.Write(context.Progress.Run("Rendering " + selected, () => Render(report, selected)));
            }

            return ExitCodes.Success;
        });
        context.AddExamples(
            command,
            "peersupport report data                                    # text report as of the last session",
            "peersupport report data --format html --out report.html    # one self-contained file with plots",
            "peersupport report data --format json --as-of 2025-03-31 --min-cell 10");
        return command;
    }

    /// <summary>
    /// Refuses an as-of date the data cannot describe: before the first session nothing has happened; after the last
    /// session every figure would be extrapolated (retention keeps counting members no session has seen), unless the
    /// caller accepts that explicitly.
    /// </summary>
    /// <param name="context">The shared context (for the warning).</param>
    /// <param name="dataset">The dataset.</param>
    /// <param name="date">The as-of date.</param>
    /// <param name="allowExtrapolation">Whether a date after the last session is accepted with a warning.</param>
    /// <exception cref="CliInputException">Thrown when the date lies outside the sessions.</exception>
    public static void CheckAsOf(CliContext context, PeerSupport.Datasets.PeerSupportDataset dataset, DateOnly date, bool allowExtrapolation)
    {
        var sessions = dataset.GroupHistories.SelectMany(g => g.Sessions).Select(s => s.Date).ToList();
        if (sessions.Count == 0)
        {
            return;
        }

        var first = sessions.Min();
        var last = sessions.Max();
        if (date < first)
        {
            throw new CliInputException($"--as-of {Wire.Date(date)}: is before the first session ({Wire.Date(first)}); there is nothing to report yet. Use a date from {Wire.Date(first)} to {Wire.Date(last)}.");
        }

        if (date > last)
        {
            if (!allowExtrapolation)
            {
                throw new CliInputException($"--as-of {Wire.Date(date)}: is after the last session ({Wire.Date(last)}); retention and the index would be extrapolated past the data. Use a date up to {Wire.Date(last)}, or add --allow-extrapolation.");
            }

            context.Warn($"--as-of {Wire.Date(date)} is {(date.DayNumber - last.DayNumber).ToString(System.Globalization.CultureInfo.InvariantCulture)} days after the last session ({Wire.Date(last)}): figures are extrapolated (members still enrolled count as retained although no session has seen them)");
        }
    }

    /// <summary>Renders a report in a format.</summary>
    /// <param name="report">The report.</param>
    /// <param name="format">text, markdown, json or html.</param>
    /// <returns>The text.</returns>
    public static string Render(HealthReport report, string format)
    {
        using var writer = new StringWriter { NewLine = "\n" };
        switch (format)
        {
            case "json":
                HealthReportJson.Write(report, writer);
                break;
            case "markdown":
                MarkdownDocumentRenderer.Write(HealthReportDocument.Create(report, withPlots: false), writer);
                break;
            case "html":
                HtmlDocumentRenderer.Write(HealthReportDocument.Create(report, withPlots: true), writer);
                break;
            default:
                TextDocumentRenderer.Write(HealthReportDocument.Create(report, withPlots: false), writer);
                break;
        }

        return writer.ToString();
    }

    /// <summary>Writes a file through a temporary file in the same folder, so a reader never sees half a report.</summary>
    /// <param name="path">The destination, already checked with <see cref="OutputPaths.CheckFile"/>.</param>
    /// <param name="text">The content.</param>
    public static void WriteAtomically(string path, string text) => WriteAtomically(path, stream =>
    {
        using var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), leaveOpen: true);
        writer.Write(text);
    });

    /// <summary>
    /// Writes a file through a temporary file in the same folder, so a reader never sees half a report: the content is
    /// streamed into the temporary file, which replaces the destination only once complete; on failure it is deleted.
    /// </summary>
    /// <param name="path">The destination, already checked with <see cref="OutputPaths.CheckFile"/>.</param>
    /// <param name="write">Writes the content to the temporary file's stream.</param>
    /// <returns>The full path written.</returns>
    public static string WriteAtomically(string path, Action<Stream> write)
    {
        var full = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(full)!;
        var temporary = Path.Combine(folder, "." + Path.GetFileName(full) + "." + Guid.NewGuid().ToString("N")[..8] + ".tmp");
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 1))
            {
                write(stream);
            }

            File.Move(temporary, full, overwrite: true);
            return full;
        }
        finally
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }
    }
}
