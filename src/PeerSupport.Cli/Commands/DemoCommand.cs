using System.CommandLine;
using System.Globalization;
using PeerSupport.Analytics.Privacy;
using PeerSupport.Analytics.Simulation;
using PeerSupport.Cli.Infrastructure;
using PeerSupport.Cli.Rendering;
using PeerSupport.Cli.Reports;
using PeerSupport.Rules;

namespace PeerSupport.Cli.Commands;

/// <summary><c>demo</c>: simulate a default cohort, then print its group-health summary and referral summary.</summary>
internal static class DemoCommand
{
    /// <summary>Creates the command.</summary>
    /// <param name="context">The shared context.</param>
    /// <returns>The command.</returns>
    public static Command Create(CliContext context)
    {
        var defaults = new SimulationOptions();
        var output = new Option<string?>("--out")
        {
            Description = "Also write the simulated dataset (DIR/dataset), the HTML report (DIR/report.html) and the referral decisions (DIR/referrals.json).",
            HelpName = "DIR",
        };
        var seed = SimulateCommand.SeedOption(defaults.Seed);
        var command = new Command("demo", "Simulate a default cohort of peer support groups, then print its group-health summary and referral summary.") { output, seed };
        command.SetAction(parse =>
        {
            var outputFolder = parse.GetValue(output);
            if (outputFolder is not null)
            {
                // demo --out DIR writes DIR/dataset, DIR/report.html and DIR/referrals.json, replacing its own earlier output only.
                OutputPaths.CheckFolder("--out", outputFolder);
                if (Directory.Exists(outputFolder))
                {
                    OutputPaths.CheckDatasetFolder("--out", Path.Combine(outputFolder, "dataset"), force: true);
                    OutputPaths.CheckFile("--out", Path.Combine(outputFolder, "report.html"), force: true, inputFolder: null);
                    OutputPaths.CheckFile("--out", Path.Combine(outputFolder, "referrals.json"), force: true, inputFolder: null);
                }
            }

            var options = new SimulationOptions { Seed = parse.GetValue(seed) ?? defaults.Seed };
            var dataset = SimulateCommand.Simulate(context, options);
            var asOf = dataset.LastSessionDate ?? options.StartDate;
            var report = context.Progress.Run("Analysing group health", () => HealthReportBuilder.Build(dataset, asOf, SmallCellPolicy.DefaultMinimumCellSize));
            var referrals = context.Progress.Run("Evaluating referral rules", () => ReferralRun.Evaluate(dataset, DefaultRulePack.RuleSet, asOf, explain: false));

            var console = context.Console.Out;
            console.WriteLine(SimulateCommand.Describe(dataset, options.Seed));
            console.WriteLine();
            var summary = new ReportDocument("Group health as of " + Wire.Date(asOf));
            summary.Paragraph(string.Create(CultureInfo.InvariantCulture, $"Disclosure control (k = {report.MinimumCellSize}): figures about fewer than {report.MinimumCellSize} members, or that would reveal one, are suppressed; no member ids are shown."));
            HealthReportDocument.AddOverall(summary, report.Health.Overall);
            HealthReportDocument.AddModels(summary, report);
            TextDocumentRenderer.Write(summary, console);
            console.WriteLine();
            ReferralRunWriter.WriteSummary(console, referrals);

            if (parse.GetValue(output) is { } directory)
            {
                Directory.CreateDirectory(directory);
                var datasetFolder = Path.Combine(directory, "dataset");
                SimulateCommand.Write(context, dataset, datasetFolder, overwrite: true);
                ReportCommand.WriteAtomically(Path.Combine(directory, "report.html"), ReportCommand.Render(report, "html"));
                using (var json = new StringWriter { NewLine = "\n" })
                {
                    ReferralRunWriter.WriteJson(json, referrals);
                    ReportCommand.WriteAtomically(Path.Combine(directory, "referrals.json"), json.ToString());
                }

                console.WriteLine();
                console.WriteLine($"Wrote {datasetFolder}, {Path.Combine(directory, "report.html")} and {Path.Combine(directory, "referrals.json")}");
            }

            console.WriteLine();
            console.WriteLine("Next: peersupport simulate --out data; peersupport report data --format html --out report.html; peersupport referrals data --explain");
            return ExitCodes.Success;
        });
        context.AddExamples(
            command,
            "peersupport demo                   # default cohort, seed 1",
            "peersupport demo --seed 42 --out demo   # also write demo/dataset, demo/report.html, demo/referrals.json");
        return command;
    }
}
