using PeerSupport.Rules;
using PeerSupport.Rules.Evaluation;

namespace PeerSupport.Core.Tests.Rules;

/// <summary>Helpers shared by the rules tests (synthetic data only).</summary>
internal static class RuleTestData
{
    public static readonly DateOnly AsOf = new(2026, 1, 15);

    public static FactSet Given(params (string Key, object? Value)[] entries) => FactSet.Create(entries.Select(e => new KeyValuePair<string, FactValue>(e.Key, e.Value switch
    {
        null => FactValue.Missing,
        bool b => FactValue.FromBoolean(b),
        string s => FactValue.FromText(s),
        FactValue v => v,
        _ => FactValue.FromNumber(Convert.ToDouble(e.Value, System.Globalization.CultureInfo.InvariantCulture)),
    })));

    public static DecisionSubject Member => DecisionSubject.Member("m-001", "g-01");

    public static DecisionSubject Group => DecisionSubject.Group("g-01");

    public static CompiledRuleSet Compile(RuleSetBuilder builder, IReadOnlyList<string>? protectedIds = null)
    {
        var result = RuleSetCompiler.Compile(builder.Build(), new RuleSetCompileOptions { Schema = PeerSupport.Rules.Facts.PeerSupportFacts.Schema, ProtectedRuleIds = protectedIds ?? [] });
        Assert.True(result.Succeeded, result.ToString());
        return result.GetValueOrThrow();
    }

    public static CompiledRuleSet Single(string condition, RuleSubject subject = RuleSubject.Member) =>
        Compile(new RuleSetBuilder("t", "1.0.0").AddRule("r", r =>
        {
            r.Titled("Test rule").When(condition).Refer("licensed_clinician", RulePriority.Urgent);
            if (subject == RuleSubject.Group)
            {
                r.ForGroup().Review("facilitation_policy", RulePriority.Urgent);
            }
        }));

    public static IReadOnlyList<Problem> Errors(string condition, RuleSubject subject = RuleSubject.Member)
    {
        var parsed = PeerSupport.Rules.Language.ConditionParser.Parse(condition);
        if (!parsed.Succeeded)
        {
            return parsed.Problems;
        }

        var builder = new RuleSetBuilder("t", "1.0.0").AddRule("r", r =>
        {
            r.Titled("Test rule").When(condition).Refer("licensed_clinician", RulePriority.Urgent);
            if (subject == RuleSubject.Group)
            {
                r.ForGroup().Review("facilitation_policy", RulePriority.Urgent);
            }
        });
        return RuleSetCompiler.Compile(builder.Build(), new RuleSetCompileOptions { Schema = PeerSupport.Rules.Facts.PeerSupportFacts.Schema, ProtectedRuleIds = [] }).Problems;
    }
}
