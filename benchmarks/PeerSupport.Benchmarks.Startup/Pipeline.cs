using System.Diagnostics;
using System.Globalization;
using PeerSupport.Data;
using PeerSupport.Rules;
using PeerSupport.Rules.Facts;

namespace PeerSupport.Benchmarks.Startup;

/// <summary>Where time and memory go before the report: reading the CSV dataset, then the facts and referral pass.</summary>
internal static class Pipeline
{
    /// <summary>Runs the steps once and prints one line per step: seconds, bytes allocated, peak working set so far.</summary>
    /// <param name="dir">The dataset folder.</param>
    /// <param name="asOf">The decision date.</param>
    public static void Run(string dir, DateOnly asOf)
    {
        var result = Step("read CSV + validate + build dataset", () => DatasetCsvReader.Read(dir));
        var dataset = result.Dataset ?? throw new InvalidOperationException($"{dir}: the dataset is invalid.");
        var engine = DefaultRulePack.CreateEngine();
        var decisions = Step("facts + referral pass (default pack, every member and group)", () => engine.Evaluate(dataset, asOf));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{dataset.MemberHistories.Length} members, {decisions.Count} decisions, {decisions.Count(d => d.Recommendations.Count > 0)} with recommendations"));
    }

    private static T Step<T>(string name, Func<T> run)
    {
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var watch = Stopwatch.StartNew();
        var result = run();
        var seconds = watch.Elapsed.TotalSeconds;
        allocated = GC.GetTotalAllocatedBytes(precise: true) - allocated;
        using var process = Process.GetCurrentProcess();
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{name}: {seconds:F2} s, {allocated / 1048576.0:F0} MB allocated, peak working set so far {process.PeakWorkingSet64 / 1048576.0:F0} MB"));
        return result;
    }
}
