using BenchmarkDotNet.Attributes;
using NRules;
using NRules.Fluent;
using PeerSupport.Rules;
using PeerSupport.Rules.Evaluation;
using RulesEngine.Models;

namespace PeerSupport.Benchmarks.Rules;

/// <summary>
/// The nine member rules of the default pack for one quiet member, in PeerSupport's engine (baseline), Microsoft
/// RulesEngine (Dynamic LINQ expressions) and NRules (compiled C# rules, one session per member).
/// </summary>
[MemoryDiagnoser]
public class CompetitorRulesBenchmarks
{
    private static readonly DateOnly s_asOf = new(2026, 1, 15);
    private readonly DecisionSubject _subject = DecisionSubject.Member("m-001", "g-01");
    private CompiledRuleSet _pack = null!;
    private FactSet _facts = null!;
    private MemberInput _input = null!;
    private RulesEngine.RulesEngine _rulesEngine = null!;
    private ISessionFactory _nrules = null!;

    [GlobalSetup]
    public void Setup()
    {
        _pack = DefaultRulePack.RuleSet;
        _input = new MemberInput
        {
            Phq9Item9 = 0,
            Phq9Total = 6,
            Phq9Change = -2,
            Phq9AttendedSinceBaseline = 4,
            Phq9CountInWindow = 1,
            Gad7Total = 5,
            Gad7Change = 0,
            K10Total = 18,
            Who5Total = 15,
            ConsecutiveAbsences = 1,
            CrisisDisclosures7d = 0,
        };
        _facts = FactSet.Create(new (string, double?)[]
        {
            ("phq9.item9", _input.Phq9Item9), ("phq9.total", _input.Phq9Total), ("phq9.change", _input.Phq9Change),
            ("phq9.attendedSinceBaseline", _input.Phq9AttendedSinceBaseline), ("phq9.countInWindow", _input.Phq9CountInWindow),
            ("gad7.total", _input.Gad7Total), ("gad7.change", _input.Gad7Change), ("k10.total", _input.K10Total), ("who5.total", _input.Who5Total),
            ("attendance.consecutiveAbsences", _input.ConsecutiveAbsences), ("count(incidents.crisis_disclosure, 7d)", _input.CrisisDisclosures7d),
        }.Select(e => new KeyValuePair<string, FactValue>(e.Item1, FactValue.FromNumber(e.Item2!.Value))));

        string[] expressions =
        [
            "m.Phq9Item9 >= 1", "m.CrisisDisclosures7d >= 1", "m.Phq9Total >= 20", "m.Gad7Total >= 15", "m.K10Total >= 30",
            "m.Phq9Change >= 6 || m.Gad7Change >= 4", "m.Phq9Total >= 10 && m.Phq9AttendedSinceBaseline >= 6 && m.Phq9Change > -6",
            "m.ConsecutiveAbsences >= 3", "m.Who5Total < 13 && m.Phq9CountInWindow == 0",
        ];
        var workflow = new Workflow
        {
            WorkflowName = "default",
            Rules = expressions.Select((e, i) => new RulesEngine.Models.Rule { RuleName = "r" + i, Expression = e, RuleExpressionType = RuleExpressionType.LambdaExpression }).ToList(),
        };
        _rulesEngine = new RulesEngine.RulesEngine([workflow], new ReSettings());

        var repository = new RuleRepository();
        repository.Load(x => x.From(typeof(NRulesMemberRules.Phq9Item9).Assembly));
        _nrules = repository.Compile();
    }

    [Benchmark(Baseline = true, Description = "PeerSupport Decide (quiet member)")]
    public Decision PeerSupportDecide() => _pack.Decide(_subject, s_asOf, _facts);

    [Benchmark(Description = "Microsoft RulesEngine ExecuteAllRulesAsync")]
    public async Task<int> RulesEngineExecute()
    {
        var results = await _rulesEngine.ExecuteAllRulesAsync("default", new RuleParameter("m", _input)).ConfigureAwait(false);
        return results.Count(r => r.IsSuccess);
    }

    [Benchmark(Description = "NRules session insert + fire")]
    public int NRulesFire()
    {
        var session = _nrules.CreateSession();
        session.Insert(_input);
        return session.Fire();
    }
}
