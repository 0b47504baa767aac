using PeerSupport.Rules.Evaluation;
using PeerSupport.Rules.Language;

namespace PeerSupport.Rules;

/// <summary>
/// A validated rule set compiled once: evaluates subjects synchronously and deterministically. Produced by
/// <see cref="RuleSetCompiler"/> or <see cref="Serialization.RuleSetJson.Load"/>.
/// </summary>
/// <remarks>
/// Immutable and thread-safe: any number of threads may evaluate concurrently. Facts are bound to slots at compile
/// time (<see cref="Facts"/>); each evaluation fills the subject's slots once (from an <see cref="IFactReader"/>, into
/// per-thread scratch slots, or from <see cref="FactSlots"/> the caller filled) and the compiled rules read them by
/// index. <c>HasFindings</c> and a quiet <c>Decide</c> (nothing fires, nothing unknown, nothing fails) allocate nothing.
/// </remarks>
public sealed partial class CompiledRuleSet
{
    [ThreadStatic]
    private static FactSlots? s_scratch;

    private readonly CompiledRule[] _rules;
    private readonly CompiledRule[] _memberRules;
    private readonly CompiledRule[] _groupRules;
    private readonly FactRequest[] _facts;
    private readonly int[][] _fillPlans;

    internal CompiledRuleSet(RuleSet model, RuleSetStamp stamp, FactSchema schema, FactRequest[] facts, CompiledRule[] rules)
    {
        Model = model;
        Stamp = stamp;
        Schema = schema;
        Facts = facts;
        _facts = facts;
        _rules = rules;
        _memberRules = [.. rules.Where(r => r.Rule.IsEnabled && r.Rule.Subject == RuleSubject.Member)];
        _groupRules = [.. rules.Where(r => r.Rule.IsEnabled && r.Rule.Subject == RuleSubject.Group)];
        _fillPlans = [PlanOf(_memberRules, false), PlanOf(_memberRules, true), PlanOf(_groupRules, false), PlanOf(_groupRules, true)];
        SlotChecks = new SlotCheck[facts.Length];
        for (var i = 0; i < facts.Length; i++)
        {
            SlotChecks[i] = SlotCheck.Of(facts[i].Definition);
        }
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

    internal FactRequest[] FactArray => _facts;

    /// <summary>Gets the quick value checks of the slots, indexed by slot.</summary>
    internal SlotCheck[] SlotChecks { get; }

    /// <summary>Creates empty slots for this rule set's facts, to fill once per subject and reuse.</summary>
    /// <returns>The slots (every fact absent).</returns>
    public FactSlots CreateSlots() => new(this);

    /// <summary>The slots the subject's rules read, in the order the rules first read them.</summary>
    internal int[] FillPlan(RuleSubject subject, bool protectedRulesOnly) =>
        _fillPlans[(subject == RuleSubject.Member ? 0 : 2) + (protectedRulesOnly ? 1 : 0)];

    /// <summary>
    /// Returns whether evaluating the subject's rules over filled slots finds anything to report (see
    /// <see cref="HasFindings(IFactReader, RuleSubject, bool)"/>). Never allocates.
    /// </summary>
    /// <param name="slots">Slots of this rule set, filled for the subject.</param>
    /// <param name="subject">Member or group rules.</param>
    /// <param name="protectedRulesOnly">Evaluate protected rules only.</param>
    /// <returns>True when a decision would carry a recommendation, a suppressed entry, an unknown or an error.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="slots"/> is null.</exception>
    /// <exception cref="ArgumentException">Thrown when the slots belong to another rule set.</exception>
    public bool HasFindings(FactSlots slots, RuleSubject subject, bool protectedRulesOnly = false)
    {
        CheckOwner(slots);
        var rules = subject == RuleSubject.Member ? _memberRules : _groupRules;
        foreach (var rule in rules)
        {
            if (protectedRulesOnly && !rule.Rule.IsProtected)
            {
                continue;
            }

            try
            {
                var truth = rule.Evaluate(slots);
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

    /// <summary>Evaluates one subject over filled slots as of one date and returns its decision.</summary>
    /// <param name="subject">The subject; its kind selects member or group rules.</param>
    /// <param name="asOf">The decision date (cooldown windows end on it).</param>
    /// <param name="slots">Slots of this rule set, filled with the subject's facts as of <paramref name="asOf"/>.</param>
    /// <param name="referrals">The subject's earlier referrals for cooldown; null means none.</param>
    /// <param name="options">Explanation, input recording, protected rules only.</param>
    /// <returns>The decision (recommendations possibly empty).</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="subject"/> or <paramref name="slots"/> is null.</exception>
    /// <exception cref="ArgumentException">Thrown when the slots belong to another rule set.</exception>
    public Decision Decide(DecisionSubject subject, DateOnly asOf, FactSlots slots, IReadOnlyList<PriorReferral>? referrals = null, DecisionOptions options = DecisionOptions.None)
    {
        CheckOwner(slots);
        return DecideCore(subject, asOf, slots, referrals, options, Settings.CooldownDays);
    }

    /// <summary>Takes this thread's scratch slots (or new ones when they are busy or belong to another set).</summary>
    internal FactSlots RentSlots()
    {
        var slots = s_scratch;
        if (slots is null || slots.InUse || !ReferenceEquals(slots.RuleSet, this))
        {
            slots = new FactSlots(this);
            if (s_scratch is null || !s_scratch.InUse)
            {
                s_scratch = slots;
            }
        }

        slots.InUse = true;
        return slots;
    }

    private static int[] PlanOf(CompiledRule[] rules, bool protectedOnly)
    {
        var plan = new List<int>();
        foreach (var rule in rules)
        {
            if (protectedOnly && !rule.Rule.IsProtected)
            {
                continue;
            }

            foreach (var slot in rule.FillSlots)
            {
                if (!plan.Contains(slot))
                {
                    plan.Add(slot);
                }
            }
        }

        return [.. plan];
    }

    private void CheckOwner(FactSlots slots)
    {
        ArgumentNullException.ThrowIfNull(slots);
        if (!ReferenceEquals(slots.RuleSet, this))
        {
            throw new ArgumentException("The slots belong to another compiled rule set; create them with this set's CreateSlots.", nameof(slots));
        }
    }

    /// <summary>
    /// Returns whether evaluating the subject's rules finds anything to report: a rule that fires, ends unknown over
    /// missing data, or fails. Never allocates; use it to skip building decisions for quiet subjects.
    /// </summary>
    /// <param name="facts">The subject's facts.</param>
    /// <param name="subject">Member or group rules.</param>
    /// <param name="protectedRulesOnly">Evaluate protected rules only.</param>
    /// <returns>True when a decision would carry a recommendation, a suppressed entry, an unknown or an error.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="facts"/> is null.</exception>
    public bool HasFindings(IFactReader facts, RuleSubject subject, bool protectedRulesOnly = false)
    {
        ArgumentNullException.ThrowIfNull(facts);
        if (facts is FactSlots own && ReferenceEquals(own.RuleSet, this))
        {
            return HasFindings(own, subject, protectedRulesOnly);
        }

        var slots = RentSlots();
        try
        {
            slots.Fill(facts, subject, protectedRulesOnly);
            return HasFindings(slots, subject, protectedRulesOnly);
        }
        finally
        {
            slots.InUse = false;
        }
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
