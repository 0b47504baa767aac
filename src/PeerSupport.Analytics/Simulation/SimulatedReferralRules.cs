using System.Globalization;
using PeerSupport.Rules;
using PeerSupport.Rules.Language;

namespace PeerSupport.Analytics.Simulation;

/// <summary>
/// The thresholds with which the simulator refers its members, read from a rule set (by default the
/// <see cref="DefaultRulePack"/>) so simulated referrals follow the rules a platform runs instead of a second copy of
/// their numbers. The simulator applies each as "value ≥ threshold" on whole-number scores and counts.
/// </summary>
internal sealed record SimulatedReferralRules
{
    private SimulatedReferralRules()
    {
    }

    /// <summary>Gets the thresholds of the default rule pack.</summary>
    public static SimulatedReferralRules Default { get; } = From(DefaultRulePack.RuleSet.Model);

    /// <summary>Gets the PHQ-9 item 9 answer that refers (<c>phq9-item9</c>: <c>phq9.item9 ≥ n</c>).</summary>
    public int Phq9Item9 { get; private init; }

    /// <summary>Gets the PHQ-9 total that refers (<c>phq9-severe</c>: <c>phq9.total ≥ n</c>).</summary>
    public int Phq9Severe { get; private init; }

    /// <summary>Gets the PHQ-9 rise over baseline that refers (<c>reliable-deterioration</c>: <c>phq9.change ≥ n</c>).</summary>
    public int Phq9Deterioration { get; private init; }

    /// <summary>Gets the GAD-7 total that refers (<c>gad7-severe</c>: <c>gad7.total ≥ n</c>).</summary>
    public int Gad7Severe { get; private init; }

    /// <summary>Gets the K10 total that refers (<c>k10-very-high</c>: <c>k10.total ≥ n</c>).</summary>
    public int K10VeryHigh { get; private init; }

    /// <summary>Gets the run of missed sessions that triggers outreach (<c>missed-three</c>: <c>attendance.consecutiveAbsences ≥ n</c>).</summary>
    public int ConsecutiveAbsences { get; private init; }

    /// <summary>Gets the rule set's cooldown in days.</summary>
    public int CooldownDays { get; private init; }

    /// <summary>Reads the thresholds from <paramref name="rules"/>.</summary>
    /// <param name="rules">A rule set with the default pack's rule ids and conditions of the form <c>fact ≥ n</c> or <c>fact &gt; n</c>.</param>
    /// <returns>The thresholds.</returns>
    /// <exception cref="InvalidOperationException">Thrown when a rule is missing or no longer compares its fact with a whole number.</exception>
    public static SimulatedReferralRules From(RuleSet rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        return new SimulatedReferralRules
        {
            Phq9Item9 = Threshold(rules, "phq9-item9", "phq9.item9"),
            Phq9Severe = Threshold(rules, "phq9-severe", "phq9.total"),
            Phq9Deterioration = Threshold(rules, "reliable-deterioration", "phq9.change"),
            Gad7Severe = Threshold(rules, "gad7-severe", "gad7.total"),
            K10VeryHigh = Threshold(rules, "k10-very-high", "k10.total"),
            ConsecutiveAbsences = Threshold(rules, "missed-three", "attendance.consecutiveAbsences"),
            CooldownDays = rules.Settings.CooldownDays,
        };
    }

    private static int Threshold(RuleSet rules, string ruleId, string fact)
    {
        var rule = rules.Rules.FirstOrDefault(r => r.Id == ruleId)
            ?? throw new InvalidOperationException($"Rule set '{rules.Id}' has no rule '{ruleId}', which the simulator follows.");
        return Find(rule.Condition, fact)
            ?? throw new InvalidOperationException($"Rule '{ruleId}' ({rule.Condition}) does not compare {fact} with a whole number by '>=' or '>', so the simulator cannot follow it.");
    }

    private static int? Find(Expression expression, string fact) => expression switch
    {
        LogicalExpression logical => Find(logical.Left, fact) ?? Find(logical.Right, fact),
        ComparisonExpression { Left: FactExpression { Name: var name, Argument: null }, Right: LiteralExpression { Value: { Kind: FactValueKind.Number, Number: var n } } } comparison
            when name == fact && n == Math.Floor(n) && n is >= int.MinValue and <= int.MaxValue => comparison.Operator switch
            {
                ComparisonOperator.GreaterOrEqual => (int)n,
                ComparisonOperator.Greater => checked((int)n + 1),
                _ => null,
            },
        _ => null,
    };

    /// <inheritdoc/>
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"item9 >= {Phq9Item9}, phq9 >= {Phq9Severe}, phq9 change >= {Phq9Deterioration}, gad7 >= {Gad7Severe}, k10 >= {K10VeryHigh}, absences >= {ConsecutiveAbsences}, cooldown {CooldownDays} d");
}
