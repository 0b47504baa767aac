using PeerSupport.Rules.Evaluation;
using PeerSupport.Rules.Language;

namespace PeerSupport.Rules;

/// <summary>
/// A validated rule set compiled once: evaluates subjects synchronously and deterministically. Produced by
/// <see cref="RuleSetCompiler"/> or <see cref="Serialization.RuleSetJson.Load"/>.
/// </summary>
/// <remarks>
/// Immutable and thread-safe: any number of threads may evaluate concurrently. <c>HasFindings</c> never allocates;
/// <see cref="Decide"/> allocates only the decision when nothing fires.
/// </remarks>
public sealed partial class CompiledRuleSet
{
    private readonly CompiledRule[] _rules;
    private readonly CompiledRule[] _memberRules;
    private readonly CompiledRule[] _groupRules;

    internal CompiledRuleSet(RuleSet model, RuleSetStamp stamp, FactSchema schema, FactRequest[] facts, CompiledRule[] rules)
    {
        Model = model;
        Stamp = stamp;
        Schema = schema;
        Facts = facts;
        _rules = rules;
        _memberRules = [.. rules.Where(r => r.Rule.IsEnabled && r.Rule.Subject == RuleSubject.Member)];
        _groupRules = [.. rules.Where(r => r.Rule.IsEnabled && r.Rule.Subject == RuleSubject.Group)];
    }

    /// <summary>Gets the model the set was compiled from.</summary>
    public RuleSet Model { get; }

    /// <summary>Gets the stamp put on every decision.</summary>
    public RuleSetStamp Stamp { get; }

    /// <summary>Gets the schema the set was checked against.</summary>
    public FactSchema Schema { get; }

    /// <summary>Gets the settings.</summary>
    public RuleSetSettings Settings => Model.Settings;

    /// <summary>Gets every distinct fact the rules read, indexed by <see cref="FactRequest.Slot"/>.</summary>
    public IReadOnlyList<FactRequest> Facts { get; }

    internal IReadOnlyList<CompiledRule> Rules => _rules;

    /// <summary>
    /// Returns whether evaluating the subject's rules finds anything to report: a rule that fires, ends unknown over
    /// missing data, or fails. Never allocates; use it to skip building decisions for quiet subjects. It does not see
    /// earlier referrals, so it cannot tell an unactioned recommendation is due to escalate: when you have the
    /// subject's referrals, use the overload that takes them.
    /// </summary>
    /// <param name="facts">The subject's facts.</param>
    /// <param name="subject">Member or group rules.</param>
    /// <param name="protectedRulesOnly">Evaluate protected rules only.</param>
    /// <returns>True when a decision would carry a recommendation, a suppressed entry, an unknown or an error.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="facts"/> is null.</exception>
    public bool HasFindings(IFactReader facts, RuleSubject subject, bool protectedRulesOnly = false)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var rules = subject == RuleSubject.Member ? _memberRules : _groupRules;
        foreach (var rule in rules)
        {
            if (protectedRulesOnly && !rule.Rule.IsProtected)
            {
                continue;
            }

            try
            {
                var truth = rule.Condition(facts);
                if (truth is TruthValue.True or TruthValue.UnknownMissing)
                {
                    return true;
                }
            }
#pragma warning disable CA1031 // Fail-safe: any failure of a rule is a finding, never silently "no referral".
            catch (Exception)
#pragma warning restore CA1031
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Returns whether the subject's decision would carry anything: a rule that fires, ends unknown over missing data or
    /// fails, or (for members) an earlier recommendation due to escalate under <see cref="EscalationSettings"/>. Never
    /// allocates when <paramref name="referrals"/> is an array or list.
    /// </summary>
    /// <param name="facts">The subject's facts.</param>
    /// <param name="subject">Member or group rules.</param>
    /// <param name="asOf">The decision date (escalation ages end on it).</param>
    /// <param name="referrals">The subject's earlier referrals; null means none.</param>
    /// <param name="protectedRulesOnly">Evaluate protected rules only.</param>
    /// <returns>True when a decision would carry a recommendation, a suppressed entry, an unknown or an error.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="facts"/> is null.</exception>
    public bool HasFindings(IFactReader facts, RuleSubject subject, DateOnly asOf, IReadOnlyList<PriorReferral>? referrals, bool protectedRulesOnly = false)
    {
        if (HasFindings(facts, subject, protectedRulesOnly))
        {
            return true;
        }

        if (subject != RuleSubject.Member || referrals is null)
        {
            return false;
        }

        for (var i = 0; i < referrals.Count; i++)
        {
            if (IsDue(Settings.Escalation, asOf, referrals[i]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Evaluates one subject as of one date and returns its decision.</summary>
    /// <param name="subject">The subject; its kind selects member or group rules.</param>
    /// <param name="asOf">The decision date (cooldown windows end on it).</param>
    /// <param name="facts">The subject's facts as of <paramref name="asOf"/>.</param>
    /// <param name="referrals">The subject's earlier referrals for cooldown; null means none.</param>
    /// <param name="options">Explanation, input recording, protected rules only.</param>
    /// <returns>The decision (recommendations possibly empty).</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="subject"/> or <paramref name="facts"/> is null.</exception>
    public Decision Decide(DecisionSubject subject, DateOnly asOf, IFactReader facts, IReadOnlyList<PriorReferral>? referrals = null, DecisionOptions options = DecisionOptions.None) =>
        DecideCore(subject, asOf, facts, referrals, options, Settings.CooldownDays);

    /// <summary>Re-evaluates a logged decision with this rule set and the logged inputs.</summary>
    /// <param name="record">The record.</param>
    /// <returns>The replayed decision (with inputs recorded); equal in content to <see cref="DecisionLogRecord.Decision"/> when nothing changed.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="record"/> is null.</exception>
    /// <exception cref="InvalidOperationException">Thrown when the record was made with another rule set (stamp differs).</exception>
    public Decision Replay(DecisionLogRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        if (record.RuleSet != Stamp)
        {
            throw new InvalidOperationException($"The record was made with rule set {record.RuleSet.Id}@{record.RuleSet.Version} ({record.RuleSet.Sha256}); this is {Stamp.Id}@{Stamp.Version} ({Stamp.Sha256}).");
        }

        var options = DecisionOptions.RecordInputs | (record.ProtectedRulesOnly ? DecisionOptions.ProtectedRulesOnly : DecisionOptions.None)
            | (record.Decision.Explanation is null ? DecisionOptions.None : DecisionOptions.Explain);
        return DecideCore(record.Subject, record.AsOf, record.Inputs, record.Referrals, options, record.Decision.CooldownDays);
    }
}
