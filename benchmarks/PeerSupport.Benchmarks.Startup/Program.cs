#if !NATIVE_AOT
using System.Text.Json;
using PeerSupport.Benchmarks.Engines;
#endif
using PeerSupport.Benchmarks.Startup;
using PeerSupport.Rules;
using PeerSupport.Rules.Serialization;
#if !NATIVE_AOT
using RulesEngine.Models;
#endif

// One job per process, so that the whole process (runtime start, JIT, load, validate, compile) is what is timed:
//   write DIR N      write DIR/generated.rules.json (the default pack + generated rules, N in all) and DIR/generated.workflow.json (N rules for RulesEngine), DIR/default.rules.json
//   peersupport FILE load + validate + compile a rule file with PeerSupport (the default pack's schema and protected rules)
//   rulesengine FILE load a RulesEngine workflow file and compile every rule (RulesEngine compiles on first execution)
//   decide FILE N    load as above, then decide for N generated members and print a checksum of the decisions
//                    (equal checksums from two builds, e.g. JIT and Native AOT, show that they decide alike)
//   noop             start and exit: the process floor
// A Native AOT build (-p:NativeAot=true) has only the peersupport, decide and noop jobs: RulesEngine and the
// benchmark helpers it shares with the other consoles are not AOT-compatible.
// and, for the comparison with R (benchmarks/r/run.sh):
//   stats-write DIR ROWS   write DIR/data.csv
//   stats-time DIR RUNS    time Kaplan-Meier and the REML random-intercept model on it, write the estimates
// and, for the scale run (benchmarks/scale.sh):
//   pipeline DIR ASOF      read a CSV dataset, then evaluate every member and group with the default pack; time and
//                          allocated bytes per step, and the peak working set
switch (args)
{
    case ["peersupport", var file]:
        var result = RuleSetJson.Load(File.ReadAllText(file), DefaultRulePack.CompileOptions);
        if (result.RuleSet is null)
        {
            Console.Error.WriteLine(result.ToString());
            return 2;
        }

        Console.WriteLine($"peersupport: {result.RuleSet.Model.Rules.Count} rules compiled");
        return 0;
    case ["decide", var file, var n]:
        var loaded = RuleSetJson.Load(File.ReadAllText(file), DefaultRulePack.CompileOptions);
        if (loaded.RuleSet is null)
        {
            Console.Error.WriteLine(loaded.ToString());
            return 2;
        }

        var (checksum, recommendations) = GeneratedMembers.Decide(loaded.RuleSet, int.Parse(n, System.Globalization.CultureInfo.InvariantCulture));
        Console.WriteLine($"decide: {loaded.RuleSet.Model.Rules.Count} rules, {n} members, {recommendations} recommendations, checksum {checksum:x16}");
        return 0;
    case ["noop"]:
        return 0;
#if !NATIVE_AOT
    case ["write", var dir, var n]:
        var count = int.Parse(n, System.Globalization.CultureInfo.InvariantCulture);
        Directory.CreateDirectory(dir);
        File.WriteAllText(Path.Combine(dir, "generated.rules.json"), GeneratedRules.PeerSupportJson(count));
        File.WriteAllText(Path.Combine(dir, "generated.workflow.json"), GeneratedRules.RulesEngineJson(count));
        File.WriteAllText(Path.Combine(dir, "default.rules.json"), DefaultRulePack.Json);
        Console.WriteLine($"wrote {count} rules for each engine to {dir}");
        return 0;
    case ["rulesengine", var file]:
        var workflows = JsonSerializer.Deserialize<Workflow[]>(File.ReadAllText(file))!;
        var engine = new RulesEngine.RulesEngine(workflows, new ReSettings());
        var results = await engine.ExecuteAllRulesAsync(workflows[0].WorkflowName, new RuleParameter("m", new MemberFacts())).ConfigureAwait(false);
        var failed = results.Where(r => !string.IsNullOrEmpty(r.ExceptionMessage)).ToArray();
        if (failed.Length > 0)
        {
            Console.Error.WriteLine($"{failed.Length} rule(s) failed, e.g. {failed[0].Rule.RuleName}: {failed[0].ExceptionMessage}");
            return 2;
        }

        Console.WriteLine($"rulesengine: {results.Count} rules compiled");
        return 0;
    case ["pipeline", var dir, var asOf]:
        Pipeline.Run(dir, DateOnly.ParseExact(asOf, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        return 0;
    case ["stats-write", var dir, var rows]:
        StatisticsComparison.Write(dir, int.Parse(rows, System.Globalization.CultureInfo.InvariantCulture));
        return 0;
    case ["stats-time", var dir, var runs]:
        StatisticsComparison.Time(dir, int.Parse(runs, System.Globalization.CultureInfo.InvariantCulture));
        return 0;
#endif
    default:
        Console.Error.WriteLine("usage: write DIR N | peersupport FILE | decide FILE N | rulesengine FILE | noop | stats-write DIR ROWS | stats-time DIR RUNS | pipeline DIR ASOF");
        return 2;
}
