using System.Globalization;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using PeerSupport.Analytics.Simulation;
using PeerSupport.Cli.Reports;
using PeerSupport.Data;
using PeerSupport.Datasets;
using PeerSupport.Rules;
using PeerSupport.Rules.Facts;

namespace PeerSupport.Benchmarks;

/// <summary>
/// The CLI's pipeline at scale, step by step, on a simulated cohort of about <see cref="Members"/> members (one group per
/// 16 members, 26 weekly sessions, seed 12) written as a CSV dataset to a temporary folder: reading the CSV
/// (<see cref="LoadCsv"/>), the facts and referral pass with the default pack (<see cref="Referrals"/>), the whole
/// report — model built and JSON streamed to a null stream (<see cref="Report"/>) — and, for the writers' share, the
/// report and referral JSON written alone from a built report or run (<see cref="ReportJsonOnly"/>,
/// <see cref="ReferralsJsonOnly"/>). Each operation takes from milliseconds to tens of seconds, so each iteration
/// is one invocation (monitoring strategy: 1 warm-up, 3 measured iterations).
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 3, invocationCount: 1)]
public class PipelineBenchmarks
{
    /// <summary>The seed of the simulated cohort.</summary>
    public const int Seed = 12;

    /// <summary>Members per group over 26 weeks with the simulator's defaults (10 at the start, places refilled).</summary>
    public const int MembersPerGroup = 16;

    /// <summary>The k of the report (the tool's default).</summary>
    public const int MinimumCellSize = 5;

    private string _folder = string.Empty;
    private PeerSupportDataset _dataset = null!;
    private DateOnly _asOf;
    private HealthReport _report = null!;
    private ReferralRun _run = null!;

    [Params(1_000, 10_000, 100_000)]
    public int Members { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _folder = Path.Combine(Path.GetTempPath(), "peersupport-pipeline-benchmark-" + Members.ToString(CultureInfo.InvariantCulture) + "-" + Guid.NewGuid().ToString("N")[..8]);
        var simulated = new CohortSimulator(new SimulationOptions
        {
            Seed = Seed,
            GroupCount = Math.Max(1, Members / MembersPerGroup),
            Weeks = 26,
        }).Simulate();
        DatasetCsvWriter.Write(simulated, _folder);
        var simulatedMembers = simulated.Members.Length;
        simulated = null;

        // A broken setup must not produce a flattering figure: check that every step does the real work first.
        _dataset = LoadCsv();
        Check(_dataset.Members.Length == simulatedMembers, $"the CSV load gave {_dataset.Members.Length} members, the simulator wrote {simulatedMembers}");
        Check(
            Math.Abs(_dataset.Members.Length - Members) <= Members / 4,
            $"the cohort has {_dataset.Members.Length} members, expected about {Members}");
        _asOf = _dataset.LastSessionDate ?? throw new InvalidOperationException("the simulated dataset has no sessions");
        var decisions = Referrals();
        Check(decisions > _dataset.Groups.Length, $"the referral pass made {decisions} decisions for {_dataset.Groups.Length} groups");
        _report = HealthReportBuilder.Build(_dataset, _asOf, MinimumCellSize);
        _run = ReferralRun.Evaluate(_dataset, DefaultRulePack.RuleSet, _asOf, explain: false);
        Check(_run.Decisions.Any(d => d.Recommendations.Count > 0), "no decision recommends anything");
        var report = Written(stream => HealthReportJson.Write(_report, stream));
        Check(report.Length > 1_000 && report.Contains("\"groupId\"", StringComparison.Ordinal), "the report JSON is empty or has no groups");
        var referrals = Written(stream =>
        {
            using var writer = new StreamWriter(stream, leaveOpen: true) { NewLine = "\n" };
            ReferralRunWriter.WriteJson(writer, _run);
        });
        Check(referrals.Split("\"decisionId\"").Length - 1 == _run.Decisions.Count, "the referral JSON does not hold every decision");
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    /// <summary>Reads, validates and builds the dataset from the CSV folder.</summary>
    [Benchmark]
    public PeerSupportDataset LoadCsv() =>
        DatasetCsvReader.Read(_folder).Dataset ?? throw new InvalidOperationException("the simulated dataset does not load");

    /// <summary>Facts and decisions for every active member and every group, default pack.</summary>
    [Benchmark]
    public int Referrals() => DefaultRulePack.CreateEngine().Evaluate(_dataset, _asOf).Count;

    /// <summary>The report model (analysis and disclosure control) built and its JSON streamed to a null stream.</summary>
    [Benchmark]
    public int Report()
    {
        var report = HealthReportBuilder.Build(_dataset, _asOf, MinimumCellSize);
        HealthReportJson.Write(report, Stream.Null);
        return report.GroupCount;
    }

    /// <summary>The report JSON alone, from the built report, to a null stream.</summary>
    [Benchmark]
    public void ReportJsonOnly() => HealthReportJson.Write(_report, Stream.Null);

    /// <summary>The referral JSON alone, from the evaluated run, to a null writer.</summary>
    [Benchmark]
    public void ReferralsJsonOnly() => ReferralRunWriter.WriteJson(TextWriter.Null, _run);

    private static string Written(Action<Stream> write)
    {
        using var stream = new MemoryStream();
        write(stream);
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void Check(bool condition, string message)
    {
        if (!condition)
        {
            throw new InvalidOperationException("Pipeline benchmark setup: " + message + ".");
        }
    }
}
