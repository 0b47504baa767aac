using BenchmarkDotNet.Attributes;
using PeerSupport.Rules;
using PeerSupport.Rules.Evaluation;
using PeerSupport.Rules.Serialization;

namespace PeerSupport.Benchmarks;

/// <summary>
/// Evaluating the default rule pack for one member. The baseline is the same eleven member rules hand-written in C#
/// (two-valued, no explanation) reading the same filled fact slots by index: the floor any rules engine is measured
/// against. The engine's slot-based calls take slots filled once in setup, like a host that fills them from its own
/// data; the reader-based call includes filling the slots from a <see cref="FactSet"/> (dictionary lookups).
/// </summary>
[MemoryDiagnoser]
public class RulesBenchmarks
{
    private static readonly DateOnly s_asOf = new(2026, 1, 15);
    private readonly DecisionSubject _subject = DecisionSubject.Member("m-001", "g-01");
    private CompiledRuleSet _pack = null!;
    private FactSet _quiet = null!;
    private FactSlots _quietSlots = null!;
    private FactSlots _firingSlots = null!;
    private string _json = null!;
    private int _item9, _crisis, _phq9, _gad7, _k10, _phq9Change, _gad7Change, _attended, _absences, _who5, _phq9InWindow, _lastItem9, _lastTotal, _daysSince, _attendedAll, _baseline;

    [GlobalSetup]
    public void Setup()
    {
        _pack = DefaultRulePack.RuleSet;
        _json = DefaultRulePack.Json;
        _quiet = Facts(("phq9.item9", 0), ("phq9.total", 6), ("phq9.change", -2), ("phq9.attendedSinceBaseline", 4), ("phq9.countInWindow", 1), ("gad7.total", 5), ("gad7.change", 0), ("k10.total", 18), ("who5.total", 15), ("attendance.consecutiveAbsences", 1), ("count(incidents.crisis_disclosure, 7d)", 0),
            ("phq9.lastItem9", 0), ("phq9.lastTotal", 6), ("phq9.daysSince", 5), ("attendance.attended", 8), ("phq9.baseline", 8));
        var firing = Facts(("phq9.item9", 2), ("phq9.total", 22), ("phq9.change", 7), ("phq9.attendedSinceBaseline", 4), ("phq9.countInWindow", 1), ("gad7.total", 16), ("gad7.change", 0), ("k10.total", 18), ("who5.total", 15), ("attendance.consecutiveAbsences", 3), ("count(incidents.crisis_disclosure, 7d)", 0),
            ("phq9.lastItem9", 2), ("phq9.lastTotal", 22), ("phq9.daysSince", 20), ("attendance.attended", 8), ("phq9.baseline", 15));
        _quietSlots = _pack.CreateSlots();
        _quietSlots.Fill(_quiet, RuleSubject.Member);
        _firingSlots = _pack.CreateSlots();
        _firingSlots.Fill(firing, RuleSubject.Member);
        _item9 = Slot("phq9.item9");
        _crisis = Slot("count(incidents.crisis_disclosure, 7d)");
        _phq9 = Slot("phq9.total");
        _gad7 = Slot("gad7.total");
        _k10 = Slot("k10.total");
        _phq9Change = Slot("phq9.change");
        _gad7Change = Slot("gad7.change");
        _attended = Slot("phq9.attendedSinceBaseline");
        _absences = Slot("attendance.consecutiveAbsences");
        _who5 = Slot("who5.total");
        _phq9InWindow = Slot("phq9.countInWindow");
        _lastItem9 = Slot("phq9.lastItem9");
        _lastTotal = Slot("phq9.lastTotal");
        _daysSince = Slot("phq9.daysSince");
        _attendedAll = Slot("attendance.attended");
        _baseline = Slot("phq9.baseline");
    }

    [Benchmark(Baseline = true, Description = "hand-written C# over the same slots (quiet member)")]
    public int HandWritten()
    {
        var s = _quietSlots;
        var fired = 0;
        fired += s[_item9].Number >= 1 ? 1 : 0;
        fired += s[_crisis].Number >= 1 ? 1 : 0;
        fired += s[_phq9].Number >= 20 ? 1 : 0;
        fired += s[_gad7].Number >= 15 ? 1 : 0;
        fired += s[_k10].Number >= 30 ? 1 : 0;
        fired += s[_phq9Change].Number >= 6 || s[_gad7Change].Number >= 4 ? 1 : 0;
        fired += s[_phq9].Number >= 10 && s[_attended].Number >= 6 && s[_phq9Change].Number > -6 ? 1 : 0;
        fired += s[_absences].Number >= 3 ? 1 : 0;
        fired += s[_who5].Number < 13 && s[_phq9InWindow].Number == 0 ? 1 : 0;
        fired += (s[_lastItem9].Number >= 1 || s[_lastTotal].Number >= 20) && s[_daysSince].Number > 14 ? 1 : 0;
        fired += s[_attendedAll].Number >= 2 && !s[_baseline].IsKnown ? 1 : 0;
        return fired;
    }

    [Benchmark(Description = "HasFindings over slots (quiet member)")]
    public bool HasFindingsQuiet() => _pack.HasFindings(_quietSlots, RuleSubject.Member);

    [Benchmark(Description = "Decide over slots (quiet member)")]
    public Decision DecideQuiet() => _pack.Decide(_subject, s_asOf, _quietSlots);

    [Benchmark(Description = "Decide over slots (firing member)")]
    public Decision DecideFiring() => _pack.Decide(_subject, s_asOf, _firingSlots);

    [Benchmark(Description = "Decide from a FactSet: fill + evaluate (quiet member)")]
    public Decision DecideQuietFromReader() => _pack.Decide(_subject, s_asOf, _quiet);

    [Benchmark(Description = "Decide + explanation (firing member)")]
    public Decision DecideExplained() => _pack.Decide(_subject, s_asOf, _firingSlots, null, DecisionOptions.Explain);

    [Benchmark(Description = "Load + validate + compile the default pack")]
    public CompiledRuleSet? Load() => RuleSetJson.Load(_json, DefaultRulePack.CompileOptions).RuleSet;

    private int Slot(string key)
    {
        foreach (var fact in _pack.Facts)
        {
            if (fact.Key == key)
            {
                return fact.Slot;
            }
        }

        throw new InvalidOperationException($"The default pack reads no fact '{key}'.");
    }

    private static FactSet Facts(params (string Key, double Value)[] entries) =>
        FactSet.Create(entries.Select(e => new KeyValuePair<string, FactValue>(e.Key, FactValue.FromNumber(e.Value))));
}
