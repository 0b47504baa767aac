// A researcher's script: simulate a cohort, write it as CSV, read it back with validation, score group
// health, compare facilitation models, and ask the referral engine who needs a professional today.
// All data are simulated. README.md quotes this file.
//
//   dotnet run --project samples/PeerSupport.Samples.Researcher [-- FOLDER]
//
// The CSV dataset is written to FOLDER (which must not exist yet) or, without an argument, to a new folder under
// the system's temporary directory; the script prints where and leaves the files there for you to inspect.
using PeerSupport.Analytics.Cohorts;
using PeerSupport.Analytics.GroupHealth;
using PeerSupport.Analytics.Simulation;
using PeerSupport.Data;
using PeerSupport.Rules;
using PeerSupport.Rules.Facts;

// 1. A seeded, reproducible cohort (same seed, same data).
var simulated = new CohortSimulator(new SimulationOptions { Seed = 7, GroupCount = 12, Weeks = 20 }).Simulate();

// 2. The CSV interchange format: an atomic write, then a read that reports every problem as file:line:column.
var folder = args.Length > 0 ? Path.GetFullPath(args[0]) : Path.Combine(Path.GetTempPath(), $"peersupport-sample-{Guid.NewGuid():N}");
DatasetCsvWriter.Write(simulated, folder); // refuses to replace an existing folder
Console.WriteLine($"Wrote the simulated dataset to {folder}");
var read = DatasetCsvReader.Read(folder);
if (!read.Succeeded)
{
    foreach (var problem in read.Errors)
    {
        Console.Error.WriteLine(problem); // e.g. attendance.csv:12:3: error: ...
    }

    return 2;
}

var dataset = read.Dataset;
var asOf = dataset.LastSessionDate!.Value; // never the wall clock

// 3. Group health: an index 0-100 explained component by component; cells under 5 members suppressed.
var health = new GroupHealthAnalyzer().Analyze(dataset, asOf);
foreach (var group in health.Groups.Take(3))
{
    Console.WriteLine($"{group.GroupId} ({group.FacilitationModel}): index {group.Index.Value.ToNullable():0.0} ({group.Index.Confidence} confidence)");
    foreach (var component in group.Index.Components)
    {
        Console.WriteLine($"    {component.Kind,-22} {component.Contribution,6:0.0}  {component.Explanation}");
    }
}

// 4. "Can peer groups be as beneficial?" as one call, with its caveats.
var comparison = new FacilitationModelComparer().Compare(dataset, asOf);
Console.WriteLine();
Console.WriteLine(comparison.Answer);

// 5. Referral decisions for every active member and group, with the default rule pack.
var engine = DefaultRulePack.CreateEngine();
var decisions = engine.Evaluate(dataset, asOf);
var stat = decisions.Count(d => d.Recommendations.Any(r => r.Priority == RulePriority.Stat));
Console.WriteLine();
Console.WriteLine($"{decisions.Count} decisions as of {asOf:yyyy-MM-dd}: {stat} with a same-day (stat) recommendation, {decisions.Count(d => d.NeedsReview)} needing review.");
return 0;
