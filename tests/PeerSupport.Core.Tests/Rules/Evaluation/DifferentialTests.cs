using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PeerSupport.Rules;
using PeerSupport.Rules.Evaluation;

namespace PeerSupport.Core.Tests.Rules.Evaluation;

/// <summary>
/// The compiled evaluator over slots filled (and checked) once must agree with the reference interpreter reading the
/// same facts straight from the reader, on random rules and random facts (including wrong types and out-of-range values).
/// </summary>
public sealed class DifferentialTests
{
    private static readonly string[] s_numbers = ["phq9.item9", "phq9.total", "gad7.change", "attendance.consecutiveAbsences", "count(incidents.conflict, 7d)", "referral.daysSinceLast('crisis_service')"];
    private static readonly string[] s_booleans = ["referral.open('licensed_clinician')", "has(phq9.total)", "has(gad7.change)", "true", "false"];

    private static Gen<string> NumberExpression(int depth)
    {
        var atom = Gen.OneOf(Gen.Elements(s_numbers), Gen.Choose(0, 30).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        return depth <= 0 ? atom : Gen.OneOf(atom, from l in atom from r in NumberExpression(depth - 1) from op in Gen.Elements("+", "-") select l + " " + op + " " + r);
    }

    private static Gen<string> Condition(int depth)
    {
        var comparison = from l in Gen.Elements(s_numbers) from op in Gen.Elements("=", "!=", "<", "<=", ">", ">=") from r in NumberExpression(1) select l + " " + op + " (" + r + ")";
        var atom = Gen.OneOf(comparison, Gen.Elements(s_booleans), Gen.Elements("group.acuity = 'elevated'", "group.acuity != 'standard'"));
        if (depth <= 0)
        {
            return atom;
        }

        var sub = Condition(depth - 1);
        return Gen.OneOf(atom, from l in sub from r in sub from op in Gen.Elements("and", "or") select "(" + l + ") " + op + " (" + r + ")", sub.Select(s => "not (" + s + ")"));
    }

    private static readonly Gen<FactValue> s_value = Gen.Frequency(
        (8, Gen.Choose(0, 3).Select(i => FactValue.FromNumber(i))),
        (3, Gen.Elements(true, false).Select(FactValue.FromBoolean)),
        (3, Gen.Elements("standard", "elevated").Select(FactValue.FromText)),
        (2, Gen.Constant(FactValue.Missing)),
        (2, Gen.Constant(FactValue.Absent)),
        (1, Gen.Constant(FactValue.FromNumber(99))),
        (1, Gen.Constant(FactValue.FromText("oops"))));

    private static string Outcome(Func<TruthValue> evaluate)
    {
        try
        {
            return evaluate().ToString();
        }
        catch (RuleEvaluationException ex)
        {
            return "error: " + ex.Message;
        }
    }

    [Property(MaxTest = 300)]
    public Property Compiled_AgreesWithReferenceInterpreter() => Prop.ForAll(Condition(3).ToArbitrary(), Gen.ArrayOf(s_value, 16).ToArbitrary(), (text, values) =>
    {
        var result = RuleSetCompiler.Compile(
            new RuleSetBuilder("d", "1.0.0").AddRule("r", r => r.Titled("t").When(text).Refer("licensed_clinician", RulePriority.Urgent)).Build(),
            new RuleSetCompileOptions { Schema = PeerSupport.Rules.Facts.PeerSupportFacts.Schema, ProtectedRuleIds = [] });
        if (!result.Succeeded)
        {
            // Range checks may reject e.g. `phq9.item9 = (30)`; those are load errors, not evaluation differences.
            return result.Problems.All(e => e.Message.Contains("always", StringComparison.Ordinal)).Label(text + ": " + result);
        }

        var rule = result.GetValueOrThrow().Rules[0];
        var facts = FactSet.Create(result.RuleSet.Facts.Select(f => new KeyValuePair<string, FactValue>(f.Key, values[f.Slot % values.Length])));
        var slots = result.RuleSet.CreateSlots();
        slots.Fill(facts, RuleSubject.Member);
        var compiled = Outcome(() => rule.Evaluate(slots));
        var interpreted = Outcome(() => ReferenceInterpreter.Evaluate(rule.Node, facts, null));
        return (compiled == interpreted).Label($"{text}: compiled {compiled}, interpreted {interpreted}");
    });

    [Fact]
    public void Generator_MostRandomConditionsCompile()
    {
        var samples = Condition(3).Sample(200);
        var compiled = samples.Count(text => RuleSetCompiler.Compile(
            new RuleSetBuilder("d", "1.0.0").AddRule("r", r => r.Titled("t").When(text).Refer("licensed_clinician", RulePriority.Urgent)).Build(),
            new RuleSetCompileOptions { Schema = PeerSupport.Rules.Facts.PeerSupportFacts.Schema, ProtectedRuleIds = [] }).Succeeded);

        Assert.True(compiled >= 100, $"only {compiled} of 200 generated conditions compiled, so the differential test would be weak");
    }
}
