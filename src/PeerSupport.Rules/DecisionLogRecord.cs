using PeerSupport.Rules.Evaluation;

namespace PeerSupport.Rules;

/// <summary>
/// An audit record of one decision: id, subject, as-of date, rule-set stamp, every input fact read, the earlier referrals
/// considered, and the outcome. <see cref="CompiledRuleSet.Replay"/> re-evaluates it with the same rule set.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class DecisionLogRecord
{
    private DecisionLogRecord(Decision decision, FactSet inputs)
    {
        Decision = decision;
        Inputs = inputs;
    }

    /// <summary>Gets the decision id.</summary>
    public string DecisionId => Decision.DecisionId;

    /// <summary>Gets the subject.</summary>
    public DecisionSubject Subject => Decision.Subject;

    /// <summary>Gets the decision date.</summary>
    public DateOnly AsOf => Decision.AsOf;

    /// <summary>Gets the rule-set stamp.</summary>
    public RuleSetStamp RuleSet => Decision.RuleSet;

    /// <summary>Gets every fact the evaluation read, keyed as in condition text.</summary>
    public FactSet Inputs { get; }

    /// <summary>Gets the earlier referrals considered by the cooldown.</summary>
    public IReadOnlyList<PriorReferral> Referrals => Decision.Referrals;

    /// <summary>Gets a value indicating whether only protected rules were evaluated.</summary>
    public bool ProtectedRulesOnly => Decision.ProtectedRulesOnly;

    /// <summary>Gets the outcome.</summary>
    public Decision Decision { get; }

    /// <summary>Creates a record from a decision made with <see cref="DecisionOptions.RecordInputs"/>.</summary>
    /// <param name="decision">The decision.</param>
    /// <returns>The record.</returns>
    /// <exception cref="ArgumentException">Thrown when <paramref name="decision"/> is <c>default</c> (not a decision) or was made without recording inputs.</exception>
    public static DecisionLogRecord Create(Decision decision)
    {
        Decision.ThrowIfDefault(decision);
        if (decision.Inputs is null)
        {
            throw new ArgumentException("The decision was made without DecisionOptions.RecordInputs, so its inputs cannot be logged.", nameof(decision));
        }

        return new DecisionLogRecord(decision, decision.Inputs);
    }
}
