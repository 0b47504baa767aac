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
        var output = new Option<string?>("--out") { Description = "Write the report to this file (atomically) instead of stdout.", HelpName = "FILE" };
        var minCell = CliOptions.Int("--min-cell", "k: suppress every figure describing fewer than k members", SmallCellPolicy.DefaultMinimumCellSize, 1, SmallCellPolicy.MaximumMinimumCellSize);
        var command = new Command("report", "The group-health report: Group Health Index with explained components, attendance, retention, outcomes, safety, facilitation, and a comparison of facilitation models.")
        {
            directory, asOf, format, output, minCell,
        };
        command.SetAction(parse =>
        {
            var dataset = DatasetLoader.Load(context, parse.GetValue(directory)!);
            var date = DatasetLoader.AsOf(dataset, parse.GetValue(asOf));
            var k = parse.GetValue(minCell) ?? SmallCellPolicy.DefaultMinimumCellSize;
            var selected = parse.GetValue(format)!;
            var report = context.Progress.Run("Analysing group health", () => HealthReportBuilder.Build(dataset, date, k));
            var text = context.Progress.Run("Rendering " + selected, () => Render(report, selected));
            if (parse.GetValue(output) is { } file)
            {
                WriteAtomically(file, text);
                context.Console.Out.WriteLine($"Wrote {selected} report as of {Wire.Date(date)} to {file}");
            }
            else
            {
                context.Console.Out.Write(text);
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
    /// <param name="path">The destination.</param>
    /// <param name="text">The content.</param>
    /// <exception cref="CliInputException">Thrown when the destination folder does not exist.</exception>
    public static void WriteAtomically(string path, string text)
    {
        var full = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(full)!;
        if (!Directory.Exists(folder))
        {
            throw new CliInputException($"{path}: the folder {folder} does not exist");
        }

        if (Directory.Exists(full))
        {
            throw new CliInputException($"{path}: is a folder, expected a file name");
        }

        var temporary = Path.Combine(folder, "." + Path.GetFileName(full) + "." + Guid.NewGuid().ToString("N")[..8] + ".tmp");
        try
        {
            File.WriteAllText(temporary, text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            File.Move(temporary, full, overwrite: true);
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
