using PeerSupport.Rules;
using PeerSupport.Rules.Evaluation;

namespace PeerSupport.Benchmarks.Engines;

/// <summary>PeerSupport's engine running the default pack over <see cref="MemberFacts"/>: the facts go into the pack's slots, then <c>Decide</c>.</summary>
public sealed class PeerSupportMemberEngine
{
    private static readonly DateOnly s_asOf = new(2026, 1, 15);
    private readonly DecisionSubject _subject = DecisionSubject.Member("m-001", "g-01");
    private readonly int[] _slotOf;

    /// <summary>Initializes a new instance of the <see cref="PeerSupportMemberEngine"/> class over the default pack.</summary>
    public PeerSupportMemberEngine()
        : this(DefaultRulePack.RuleSet)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="PeerSupportMemberEngine"/> class.</summary>
    /// <param name="ruleSet">A rule set reading the facts of <see cref="MemberFacts.Keys"/>.</param>
    public PeerSupportMemberEngine(CompiledRuleSet ruleSet)
    {
        ArgumentNullException.ThrowIfNull(ruleSet);
        RuleSet = ruleSet;
        Slots = ruleSet.CreateSlots();
        _slotOf = new int[MemberFacts.Keys.Length];
        for (var i = 0; i < _slotOf.Length; i++)
        {
            _slotOf[i] = ruleSet.Facts.FirstOrDefault(f => string.Equals(f.Key, MemberFacts.Keys[i], StringComparison.Ordinal)) is { Key: not null } fact
                ? fact.Slot
                : throw new InvalidOperationException($"The rule set reads no fact '{MemberFacts.Keys[i]}'.");
        }
    }

    /// <summary>Gets the rule set.</summary>
    public CompiledRuleSet RuleSet { get; }

    /// <summary>Gets the slots the last <see cref="Load"/> filled.</summary>
    public FactSlots Slots { get; }

    /// <summary>Gets the ids of the member rules the engine runs.</summary>
    public IReadOnlyList<string> MemberRuleIds => [.. RuleSet.Model.Rules.Where(r => r.Subject == RuleSubject.Member && r.IsEnabled).Select(r => r.Id)];

    /// <summary>Puts a member's facts into <see cref="Slots"/>.</summary>
    /// <param name="facts">The facts.</param>
    public void Load(MemberFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        Set(0, facts.Phq9Item9, facts.MissingMask);
        Set(1, facts.CrisisDisclosures7d, facts.MissingMask);
        Set(2, facts.Phq9Total, facts.MissingMask);
        Set(3, facts.Gad7Total, facts.MissingMask);
        Set(4, facts.K10Total, facts.MissingMask);
        Set(5, facts.Phq9Change, facts.MissingMask);
        Set(6, facts.Gad7Change, facts.MissingMask);
        Set(7, facts.Phq9AttendedSinceBaseline, facts.MissingMask);
        Set(8, facts.ConsecutiveAbsences, facts.MissingMask);
        Set(9, facts.Who5Total, facts.MissingMask);
        Set(10, facts.Phq9CountInWindow, facts.MissingMask);
        Set(11, facts.Phq9LastItem9, facts.MissingMask);
        Set(12, facts.Phq9LastTotal, facts.MissingMask);
        Set(13, facts.Phq9DaysSince, facts.MissingMask);
        Set(14, facts.Attended, facts.MissingMask);
        Set(15, facts.Phq9Baseline, facts.MissingMask);
    }

    /// <summary>Decides over the loaded slots.</summary>
    /// <param name="options">Decision options (e.g. explanation).</param>
    /// <returns>The decision.</returns>
    public Decision Decide(DecisionOptions options = DecisionOptions.None) => RuleSet.Decide(_subject, s_asOf, Slots, null, options);

    /// <summary>Loads the facts, decides and puts the recommendations in the comparable form.</summary>
    /// <param name="facts">The facts.</param>
    /// <param name="options">Decision options.</param>
    /// <returns>The merged recommendations.</returns>
    public IReadOnlyList<MergedRecommendation> Recommend(MemberFacts facts, DecisionOptions options = DecisionOptions.None)
    {
        Load(facts);
        var decision = Decide(options);
        if (decision.Errors.Count > 0)
        {
            throw new InvalidOperationException("PeerSupport reported rule failures: " + string.Join("; ", decision.Errors.Select(e => e.RuleId + ": " + e.Error)));
        }

        return MergedRecommendation.From(decision.Recommendations);
    }

    private void Set(int index, double? value, int missingMask) =>
        Slots.Set(_slotOf[index], value is { } v ? FactValue.FromNumber(v) : (missingMask & (1 << index)) != 0 ? FactValue.Missing : FactValue.Absent);
}
