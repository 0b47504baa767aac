using System.CommandLine;
using System.Globalization;
using PeerSupport.Analytics.Simulation;
using PeerSupport.Cli.Infrastructure;
using PeerSupport.Data;
using PeerSupport.Datasets;

namespace PeerSupport.Cli.Commands;

/// <summary><c>simulate --out DIR</c>: write a seeded, simulated cohort as a CSV dataset (same seed, same bytes).</summary>
internal static class SimulateCommand
{
    private static readonly (string Property, string Option)[] s_optionNames =
    [
        (nameof(SimulationOptions.Phq9Icc), "--icc"),
        (nameof(SimulationOptions.GroupCount), "--groups"),
        (nameof(SimulationOptions.InitialMembersPerGroup), "--members-per-group"),
        (nameof(SimulationOptions.Weeks), "--weeks"),
        (nameof(SimulationOptions.StartDate), "--start"),
        (nameof(SimulationOptions.Seed), "--seed"),
    ];

    /// <summary>Creates the command.</summary>
    /// <param name="context">The shared context.</param>
    /// <returns>The command.</returns>
    public static Command Create(CliContext context)
    {
        var defaults = new SimulationOptions();
        var output = new Option<string>("--out") { Description = "The folder to write the dataset into (must not exist unless --force).", HelpName = "DIR", Required = true };
        var force = new Option<bool>("--force") { Description = "Replace the output folder if it is a dataset folder this tool wrote (atomically: it is the old or the new dataset at every instant)." };
        var groups = CliOptions.Int("--groups", "Number of groups", defaults.GroupCount, 1, 100_000);
        var members = CliOptions.Int("--members-per-group", "Members per group at the start", defaults.InitialMembersPerGroup, 1, 500);
        var weeks = CliOptions.Int("--weeks", "Weeks simulated (one session per group per week)", defaults.Weeks, 1, 520);
        var seed = SeedOption(defaults.Seed);
        var icc = CliOptions.Number("--icc", $"Intra-class correlation of PHQ-9 outcomes between groups, 0–1 (default {defaults.Phq9Icc.ToString(CultureInfo.InvariantCulture)}).");
        var start = new Option<DateOnly?>("--start") { Description = $"The first week's start date, yyyy-MM-dd (default {defaults.StartDate:yyyy-MM-dd}).", HelpName = "DATE", CustomParser = CliOptions.ParseDate };
        var command = new Command("simulate", "Simulate a cohort of peer support groups (deterministic for a seed) and write it as a CSV dataset.")
        {
            output, groups, members, weeks, seed, icc, start, force,
        };
        command.SetAction(parse =>
        {
            var options = new SimulationOptions();
            options.Seed = parse.GetValue(seed) ?? options.Seed;
            options.GroupCount = parse.GetValue(groups) ?? options.GroupCount;
            options.InitialMembersPerGroup = parse.GetValue(members) ?? options.InitialMembersPerGroup;
            options.Weeks = parse.GetValue(weeks) ?? options.Weeks;
            options.Phq9Icc = parse.GetValue(icc) ?? options.Phq9Icc;
            options.StartDate = parse.GetValue(start) ?? options.StartDate;
            var directory = parse.GetValue(output)!;
            OutputPaths.CheckDatasetFolder("--out", directory, parse.GetValue(force));
            var dataset = Simulate(context, options);
            Write(context, dataset, directory, parse.GetValue(force));
            context.Console.Out.WriteLine(Describe(dataset, options.Seed) + " -> " + directory);
            return ExitCodes.Success;
        });
        context.AddExamples(
            command,
            "peersupport simulate --out data                               # 20 groups x 10 members, 24 weeks, seed 1",
            "peersupport simulate --out small --groups 4 --members-per-group 6 --weeks 12 --seed 7",
            "peersupport simulate --out data --icc 0.1 --force             # replace an existing folder");
        return command;
    }

    /// <summary>Creates the <c>--seed</c> option.</summary>
    /// <param name="defaultSeed">The simulator's default seed.</param>
    /// <returns>The option.</returns>
    public static Option<long?> SeedOption(long defaultSeed) => CliOptions.Long(
        "--seed",
        string.Create(CultureInfo.InvariantCulture, $"The random seed; the same seed gives the same dataset, byte for byte (default {defaultSeed})."));

    /// <summary>Validates the options and simulates, reporting broken options as bad input.</summary>
    /// <param name="context">The context.</param>
    /// <param name="options">The options.</param>
    /// <returns>The dataset.</returns>
    /// <exception cref="CliInputException">Thrown when an option breaks a rule.</exception>
    public static PeerSupportDataset Simulate(CliContext context, SimulationOptions options)
    {
        var problems = options.Validate().ToList();
        if (problems.Count == 0 && EstimatedAttendanceRows(options) > MaxAttendanceRows)
        {
            problems.Add(string.Create(
                CultureInfo.InvariantCulture,
                $"the cohort is too large: about {EstimatedAttendanceRows(options):N0} attendance rows (needing about {EstimatedBytes(options) / 1e9:N1} GB of memory); the tool simulates at most {MaxAttendanceRows:N0} (about {EstimatedBytes(MaxAttendanceRows) / 1e9:N1} GB): lower --groups, --members-per-group or --weeks"));
        }

        if (problems.Count > 0)
        {
            throw new CliInputException(problems.Select(p => "error: " + NameOptions(p)).ToArray());
        }

        var simulator = new CohortSimulator(options);
        return context.Progress.Run(
            string.Create(CultureInfo.InvariantCulture, $"Simulating {options.GroupCount} groups for {options.Weeks} weeks (seed {options.Seed})"),
            simulator.Simulate);
    }

    /// <summary>The largest cohort simulated, in estimated attendance rows (documented in docs/reliability.md).</summary>
    public const long MaxAttendanceRows = 2_000_000;

    /// <summary>
    /// Estimates the attendance rows of a cohort before simulating it: each starting member attends for about 20 weeks
    /// at most (memberships last 16 weeks on average, and places are refilled), so rows ≈ groups × members × min(weeks, 20).
    /// Measured: 200 × 50 × 104 gave 189,725 rows (estimate 200,000); 20 × 500 × 24 gave 129,010 (estimate 200,000).
    /// </summary>
    /// <param name="options">The options.</param>
    /// <returns>The estimate.</returns>
    public static long EstimatedAttendanceRows(SimulationOptions options) => (long)options.GroupCount * options.InitialMembersPerGroup * Math.Min(options.Weeks, 20);

    /// <summary>Estimates the memory of a simulation: about 60 MB plus 1.2 kB per attendance row (measured peak working set, with the rows' assessments and referrals).</summary>
    private static double EstimatedBytes(SimulationOptions options) => EstimatedBytes(EstimatedAttendanceRows(options));

    private static double EstimatedBytes(long rows) => 60e6 + (1200.0 * rows);

    /// <summary>Names the command-line option beside a simulator property in a validation message.</summary>
    /// <param name="problem">
    /// The simulator's message, e.g. <c>Phq9Icc: The field SimulationOptions.Phq9Icc must be between 0 and 0.9.</c>.
    /// </param>
    /// <returns>The message naming the option instead, e.g. <c>--icc (Phq9Icc) must be between 0 and 0.9.</c>.</returns>
    internal static string NameOptions(string problem)
    {
        foreach (var (property, option) in s_optionNames)
        {
            var prefix = $"{property}: The field {nameof(SimulationOptions)}.{property} ";
            if (problem.StartsWith(prefix, StringComparison.Ordinal))
            {
                return $"{option} ({property}) {problem[prefix.Length..]}";
            }
        }

        return problem;
    }

    /// <summary>Writes a dataset atomically, reporting an existing destination as bad input.</summary>
    /// <param name="context">The context.</param>
    /// <param name="dataset">The dataset.</param>
    /// <param name="directory">The destination folder.</param>
    /// <param name="overwrite">Whether an existing folder may be replaced.</param>
    /// <exception cref="CliInputException">Thrown when the folder exists and <paramref name="overwrite"/> is off, or it is not a dataset folder this tool wrote.</exception>
    public static void Write(CliContext context, PeerSupportDataset dataset, string directory, bool overwrite)
    {
        OutputPaths.CheckDatasetFolder("--out", directory, overwrite);
        context.Progress.Run("Writing " + directory, () =>
        {
            DatasetCsvWriter.Write(dataset, directory, new DatasetCsvWriteOptions { Overwrite = overwrite });
            return directory;
        });
    }

    /// <summary>Describes a simulated dataset in one line.</summary>
    /// <param name="dataset">The dataset.</param>
    /// <param name="seed">The seed.</param>
    /// <returns>The text.</returns>
    public static string Describe(PeerSupportDataset dataset, long seed) => string.Create(
        CultureInfo.InvariantCulture,
        $"Simulated cohort (seed {seed}): {dataset.Groups.Length} groups, {dataset.Members.Length} members, {dataset.Sessions.Length} sessions, {dataset.Attendance.Length} attendance rows, {dataset.Assessments.Length} assessments, {dataset.Incidents.Length} incidents, {dataset.Referrals.Length} referrals");
}
