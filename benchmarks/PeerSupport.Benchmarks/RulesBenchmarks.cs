using BenchmarkDotNet.Attributes;
using PeerSupport.Rules;
using PeerSupport.Rules.Evaluation;
using PeerSupport.Rules.Serialization;

namespace PeerSupport.Benchmarks;

/// <summary>
/// Evaluating the default rule pack for one member. The baseline is the same eleven member rules hand-written in C# over the
/// same facts (two-valued, no explanation): the floor any rules engine is measured against.
/// </summary>
[MemoryDiagnoser]
public class RulesBenchmarks
{
    private static readonly DateOnly s_asOf = new(2026, 1, 15);
    private readonly DecisionSubject _subject = DecisionSubject.Member("m-001", "g-01");
    private CompiledRuleSet _pack = null!;
    private FactSet _quiet = null!;
    private FactSet _firing = null!;
    private string _json = null!;

    [GlobalSetup]
    public void Setup()
    {
        _pack = DefaultRulePack.RuleSet;
        _json = DefaultRulePack.Json;
        _quiet = Facts(("phq9.item9", 0), ("phq9.total", 6), ("phq9.change", -2), ("phq9.attendedSinceBaseline", 4), ("phq9.countInWindow", 1), ("gad7.total", 5), ("gad7.change", 0), ("k10.total", 18), ("who5.total", 15), ("attendance.consecutiveAbsences", 1), ("count(incidents.crisis_disclosure, 7d)", 0),
            ("phq9.lastItem9", 0), ("phq9.lastTotal", 6), ("phq9.daysSince", 5), ("attendance.attended", 8), ("phq9.baseline", 8));
        _firing = Facts(("phq9.item9", 2), ("phq9.total", 22), ("phq9.change", 7), ("phq9.attendedSinceBaseline", 4), ("phq9.countInWindow", 1), ("gad7.total", 16), ("gad7.change", 0), ("k10.total", 18), ("who5.total", 15), ("attendance.consecutiveAbsences", 3), ("count(incidents.crisis_disclosure, 7d)", 0),
            ("phq9.lastItem9", 2), ("phq9.lastTotal", 22), ("phq9.daysSince", 20), ("attendance.attended", 8), ("phq9.baseline", 15));
    }

    [Benchmark(Baseline = true, Description = "hand-written C# (quiet member)")]
    public int HandWritten()
    {
        double F(string key) => _quiet[key].Number;
        var fired = 0;
        fired += F("phq9.item9") >= 1 ? 1 : 0;
        fired += F("count(incidents.crisis_disclosure, 7d)") >= 1 ? 1 : 0;
        fired += F("phq9.total") >= 20 ? 1 : 0;
        fired += F("gad7.total") >= 15 ? 1 : 0;
        fired += F("k10.total") >= 30 ? 1 : 0;
        fired += F("phq9.change") >= 6 || F("gad7.change") >= 4 ? 1 : 0;
        fired += F("phq9.total") >= 10 && F("phq9.attendedSinceBaseline") >= 6 && F("phq9.change") > -6 ? 1 : 0;
        fired += F("attendance.consecutiveAbsences") >= 3 ? 1 : 0;
        fired += F("who5.total") < 13 && F("phq9.countInWindow") == 0 ? 1 : 0;
        fired += (F("phq9.lastItem9") >= 1 || F("phq9.lastTotal") >= 20) && F("phq9.daysSince") > 14 ? 1 : 0;
        fired += F("attendance.attended") >= 2 && !_quiet["phq9.baseline"].IsKnown ? 1 : 0;
        return fired;
    }

    [Benchmark(Description = "HasFindings (quiet member)")]
    public bool HasFindingsQuiet() => _pack.HasFindings(_quiet, RuleSubject.Member);

    [Benchmark(Description = "Decide (quiet member)")]
    public Decision DecideQuiet() => _pack.Decide(_subject, s_asOf, _quiet);

    [Benchmark(Description = "Decide (firing member)")]
    public Decision DecideFiring() => _pack.Decide(_subject, s_asOf, _firing);

    [Benchmark(Description = "Decide + explanation (firing member)")]
    public Decision DecideExplained() => _pack.Decide(_subject, s_asOf, _firing, null, DecisionOptions.Explain);

    [Benchmark(Description = "Load + validate + compile the default pack")]
    public CompiledRuleSet? Load() => RuleSetJson.Load(_json).RuleSet;

    private static FactSet Facts(params (string Key, double Value)[] entries) =>
        FactSet.Create(entries.Select(e => new KeyValuePair<string, FactValue>(e.Key, FactValue.FromNumber(e.Value))));
}
