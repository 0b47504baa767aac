using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Filters;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using PeerSupport.Benchmarks;
using PeerSupport.Benchmarks.Rules;

// Run all benchmarks:      dotnet run -c Release --project benchmarks/PeerSupport.Benchmarks -- --filter '*'
// Run one feature:         dotnet run -c Release --project benchmarks/PeerSupport.Benchmarks -- --filter '*Scoring*'
// Pipeline, two sizes:    dotnet run -c Release --project benchmarks/PeerSupport.Benchmarks -- --filter '*Pipeline*' --members 1000,10000
// CI smoke (seconds):      dotnet run -c Release --project benchmarks/PeerSupport.Benchmarks -- --smoke
//   runs the rules benchmarks and the pipeline benchmark (at 1,000 members only) once each, in process, with
//   BenchmarkDotNet's dry job: proves they build, their setups pass (the competitor setup throws unless every engine
//   loaded every rule and all agree; the pipeline setup throws unless the load, the referral pass and the report did
//   real work) and they run. The figures of a smoke run mean nothing.
if (args is ["--smoke"])
{
    var config = ManualConfig.CreateMinimumViable()
        .AddJob(Job.Dry.WithToolchain(InProcessEmitToolchain.Instance))
        .AddFilter(new SimpleFilter(b => b.Job.Id == Job.Dry.Id)) // not the jobs a class declares for itself
        .AddFilter(new SimpleFilter(b => b.Descriptor.Type != typeof(PipelineBenchmarks) || Equals(b.Parameters[nameof(PipelineBenchmarks.Members)], 1_000)))
        .WithOptions(ConfigOptions.DisableLogFile);
    var summaries = BenchmarkRunner.Run([typeof(CompetitorRulesBenchmarks), typeof(RulesBenchmarks), typeof(PipelineBenchmarks)], config);
    var failed = summaries.Sum(s => s.Reports.Count(r => !r.Success)) + summaries.Sum(s => s.ValidationErrors.Count(e => e.IsCritical));
    var ran = summaries.Sum(s => s.Reports.Count(r => r.Success));
    foreach (var report in summaries.SelectMany(s => s.Reports).Where(r => !r.Success))
    {
        Console.WriteLine("benchmark smoke: failed: " + report.BenchmarkCase.DisplayInfo);
    }

    foreach (var error in summaries.SelectMany(s => s.ValidationErrors).Where(e => e.IsCritical))
    {
        Console.WriteLine("benchmark smoke: " + error.Message);
    }
    Console.WriteLine($"benchmark smoke: {ran} benchmark case(s) ran, {failed} failed");
    return failed == 0 && ran > 0 ? 0 : 1;
}

// --members 1000,10000 keeps only those sizes of the pipeline benchmark (its 100k cases take about 20 minutes).
var switcherConfig = DefaultConfig.Instance;
if (Array.IndexOf(args, "--members") is var at and >= 0 && at + 1 < args.Length)
{
    var sizes = args[at + 1].Split(',').Select(s => int.Parse(s, System.Globalization.CultureInfo.InvariantCulture)).ToHashSet();
    switcherConfig = switcherConfig.AddFilter(new SimpleFilter(b => b.Descriptor.Type != typeof(PipelineBenchmarks) || sizes.Contains((int)b.Parameters[nameof(PipelineBenchmarks.Members)])));
    args = [.. args[..at], .. args[(at + 2)..]];
}

BenchmarkSwitcher.FromAssembly(typeof(RulesBenchmarks).Assembly).Run(args, switcherConfig);
return 0;
