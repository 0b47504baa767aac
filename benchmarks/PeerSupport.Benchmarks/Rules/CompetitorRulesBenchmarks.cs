using BenchmarkDotNet.Attributes;
using PeerSupport.Benchmarks.Engines;
using PeerSupport.Rules;

namespace PeerSupport.Benchmarks.Rules;

/// <summary>
/// The eleven member rules of the default pack for one member in PeerSupport's engine, Microsoft RulesEngine
/// (Dynamic LINQ lambda rules) and NRules (compiled C# rules; a new session per decision, or one session reused:
/// insert, fire, retract), against hand-written C# over the same object. The rule definitions are the ones
/// tests/PeerSupport.Benchmarks.Tests proves equivalent on 20,000 members; the setup checks again, and throws, that
/// each engine loaded all eleven rules and that all give the same recommendations for the measured member and 2,000
/// generated ones. The competitors stop at "which rules fired" (no merging into recommendations), which favours them;
/// PeerSupport's Decide returns merged recommendations.
/// </summary>
[MemoryDiagnoser]
public class CompetitorRulesBenchmarks
{
    private PeerSupportMemberEngine _ours = null!;
    private RulesEngineMemberEngine _rulesEngine = null!;
    private NRulesMemberEngine _nrules = null!;
    private MemberFacts _member = null!;

    /// <summary>Gets or sets the member: quiet (nothing fires) or firing (five rules, two recommendations).</summary>
    [Params("quiet", "firing")]
    public string Member { get; set; } = "quiet";

    /// <summary>The quiet member.</summary>
    /// <returns>Facts on which no rule fires.</returns>
    public static MemberFacts Quiet() => new()
    {
        Phq9Item9 = 0,
        CrisisDisclosures7d = 0,
        Phq9Total = 6,
        Gad7Total = 5,
        K10Total = 18,
        Phq9Change = -2,
        Gad7Change = 0,
        Phq9AttendedSinceBaseline = 4,
        ConsecutiveAbsences = 1,
        Who5Total = 15,
        Phq9CountInWindow = 1,
        Phq9LastItem9 = 0,
        Phq9LastTotal = 6,
        Phq9DaysSince = 7,
        Attended = 4,
        Phq9Baseline = 8,
    };

    /// <summary>The firing member.</summary>
    /// <returns>Facts on which phq9-item9, phq9-severe, gad7-severe, reliable-deterioration and missed-three fire.</returns>
    public static MemberFacts Firing() => new()
    {
        Phq9Item9 = 2,
        CrisisDisclosures7d = 0,
        Phq9Total = 22,
        Gad7Total = 16,
        K10Total = 18,
        Phq9Change = 7,
        Gad7Change = 0,
        Phq9AttendedSinceBaseline = 4,
        ConsecutiveAbsences = 3,
        Who5Total = 15,
        Phq9CountInWindow = 1,
        Phq9LastItem9 = 2,
        Phq9LastTotal = 22,
        Phq9DaysSince = 3,
        Attended = 4,
        Phq9Baseline = 15,
    };

    [GlobalSetup]
    public void Setup()
    {
        _ours = new PeerSupportMemberEngine();
        _rulesEngine = new RulesEngineMemberEngine();
        _nrules = new NRulesMemberEngine();
        _member = Member == "firing" ? Firing() : Quiet();
        Agreement.ThrowUnlessAllAgree(_ours, _rulesEngine, _nrules, [_member, .. MemberFactsGenerator.Boundaries(2_000)]);
        if (_ours.Recommend(_member).Count == 0 != (Member == "quiet"))
        {
            throw new InvalidOperationException($"The {Member} member is not {Member}.");
        }

        _ours.Load(_member);
    }

    [Benchmark(Baseline = true, Description = "hand-written C# over the object (fired mask)")]
    public int HandWritten()
    {
        var m = _member;
        var fired = 0;
        fired |= m.Phq9Item9 >= 1 ? 1 : 0;
        fired |= m.CrisisDisclosures7d >= 1 ? 2 : 0;
        fired |= (m.Phq9LastItem9 >= 1 || m.Phq9LastTotal >= 20) && m.Phq9DaysSince > 14 ? 4 : 0;
        fired |= m.Phq9Total >= 20 ? 8 : 0;
        fired |= m.Gad7Total >= 15 ? 16 : 0;
        fired |= m.K10Total >= 30 ? 32 : 0;
        fired |= m.Phq9Change >= 6 || m.Gad7Change >= 4 ? 64 : 0;
        fired |= m.Phq9Total >= 10 && m.Phq9AttendedSinceBaseline >= 6 && m.Phq9Change > -6 ? 128 : 0;
        fired |= m.ConsecutiveAbsences >= 3 ? 256 : 0;
        fired |= m.Who5Total < 13 && m.Phq9CountInWindow == 0 ? 512 : 0;
        fired |= m.Attended >= 2 && m.Phq9Baseline == null ? 1024 : 0;
        return fired;
    }

    [Benchmark(Description = "PeerSupport Decide over filled slots")]
    public Decision PeerSupportDecide() => _ours.Decide();

    [Benchmark(Description = "PeerSupport Decide + explanation")]
    public Decision PeerSupportDecideExplained() => _ours.Decide(DecisionOptions.Explain);

    [Benchmark(Description = "PeerSupport object -> slots + Decide")]
    public Decision PeerSupportLoadAndDecide()
    {
        _ours.Load(_member);
        return _ours.Decide();
    }

    [Benchmark(Description = "RulesEngine ExecuteAllRulesAsync (fired mask)")]
    public Task<int> RulesEngineExecute() => _rulesEngine.FireAsync(_member);

    [Benchmark(Description = "NRules new session: insert + fire")]
    public int NRulesSessionPerDecision() => _nrules.FireNewSession(_member);

    [Benchmark(Description = "NRules reused session: insert + fire + retract")]
    public int NRulesReusedSession() => _nrules.FireReusedSession(_member);
}
