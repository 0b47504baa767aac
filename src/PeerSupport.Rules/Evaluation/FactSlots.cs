namespace PeerSupport.Rules.Evaluation;

/// <summary>
/// The fact values of one subject laid out in the slots of one <see cref="CompiledRuleSet"/>
/// (<see cref="FactRequest.Slot"/>): a fact source fills them once per subject, each value checked against its
/// declaration once when it is filled, and the compiled rules then read slots by index with no lookups or checks.
/// </summary>
/// <remarks>
/// Not thread-safe: one instance holds one subject's facts at a time and is also the scratch space of a decision
/// made over it, so use it from one thread at a time; reuse it for the next subject to avoid allocating.
/// A value that breaks its declaration (wrong type, outside the declared range or values) or a reader that throws
/// does not stop filling: the slot remembers the problem, and every rule that reads it fails (the decision needs review).
/// </remarks>
public sealed class FactSlots : IFactReader
{
    private readonly FactValue[] _values;
    private readonly string?[] _errors;
    private readonly SlotCheck[] _checks;
    private int _errorCount;
    private CompiledRule[]? _fired;

    internal FactSlots(CompiledRuleSet ruleSet)
    {
        RuleSet = ruleSet;
        _values = new FactValue[ruleSet.Facts.Count];
        _errors = new string?[_values.Length];
        _checks = ruleSet.SlotChecks;
    }

    /// <summary>Gets the rule set whose slots these are.</summary>
    public CompiledRuleSet RuleSet { get; }

    /// <summary>Gets the number of slots (<see cref="CompiledRuleSet.Facts"/>.Count).</summary>
    public int Count => _values.Length;

    /// <summary>Gets the number of slots whose fill failed.</summary>
    public int ErrorCount => _errorCount;

    internal FactValue[] Values => _values;

    /// <summary>Gets scratch space for the rules that fired in one decision (one entry per rule of the set).</summary>
    internal CompiledRule[] FiredScratch => _fired ??= new CompiledRule[RuleSet.Rules.Count];

    internal bool InUse { get; set; }

    /// <summary>Gets the value in a slot (<see cref="FactValue.Absent"/> when not filled or when its fill failed).</summary>
    /// <param name="slot">The slot index.</param>
    /// <returns>The value.</returns>
    /// <exception cref="IndexOutOfRangeException">Thrown when <paramref name="slot"/> is not in [0, <see cref="Count"/>).</exception>
    public FactValue this[int slot] => _values[slot];

    /// <summary>Empties every slot (all absent, no errors).</summary>
    public void Clear()
    {
        Array.Clear(_values);
        if (_errorCount > 0)
        {
            Array.Clear(_errors);
            _errorCount = 0;
        }
    }

    /// <summary>
    /// Clears the slots, then reads every fact the subject's rules read, once each, in the order the rules first read
    /// them, checking each value against its declaration.
    /// </summary>
    /// <param name="reader">The subject's fact source.</param>
    /// <param name="subject">Member or group rules.</param>
    /// <param name="protectedRulesOnly">Read only the facts of protected rules.</param>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="reader"/> is null.</exception>
    public void Fill(IFactReader reader, RuleSubject subject, bool protectedRulesOnly = false)
    {
        ArgumentNullException.ThrowIfNull(reader);
        Clear();
        var facts = RuleSet.FactArray;
        foreach (var slot in RuleSet.FillPlan(subject, protectedRulesOnly))
        {
            ref readonly var request = ref facts[slot];
            try
            {
                var value = reader.Read(in request);
                _values[slot] = !value.IsKnown || _checks[slot].Accepts(value) ? value : Evaluation.Values.Check(value, in request);
            }
#pragma warning disable CA1031 // Fail-safe: a failing fact fails the rules that read it; it never silently reads as absent.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                _values[slot] = FactValue.Absent;
                _errors[slot] = ex is RuleEvaluationException ? ex.Message : ex.GetType().Name + ": " + ex.Message;
                _errorCount++;
            }
        }
    }

    /// <summary>Sets one slot, checking the value against the fact's declaration.</summary>
    /// <param name="slot">The slot index (<see cref="FactRequest.Slot"/> of an entry of <see cref="CompiledRuleSet.Facts"/>).</param>
    /// <param name="value">The value.</param>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when <paramref name="slot"/> is not in [0, <see cref="Count"/>).</exception>
    /// <exception cref="ArgumentException">Thrown when the value breaks the fact's declaration.</exception>
    public void Set(int slot, FactValue value)
    {
        if ((uint)slot >= (uint)_values.Length)
        {
            ThrowSlotOutOfRange(slot);
        }

        // Numbers and booleans are checked against bounds laid out per slot at compile time (no lookups, no calls);
        // texts, and any value that fails the quick check, take the full check, which names the rule broken.
        if (value.IsKnown && !_checks[slot].Accepts(value))
        {
            value = CheckFully(slot, value);
        }

        _values[slot] = value;
        if (_errorCount != 0 && _errors[slot] is not null)
        {
            _errors[slot] = null;
            _errorCount--;
        }
    }

    private static void ThrowSlotOutOfRange(int slot) =>
        throw new ArgumentOutOfRangeException(nameof(slot), slot, "The slot is not one of this rule set's slots.");

    private FactValue CheckFully(int slot, FactValue value)
    {
        try
        {
            return Evaluation.Values.Check(value, in RuleSet.FactArray[slot]);
        }
        catch (RuleEvaluationException ex)
        {
            throw new ArgumentException(ex.Message, nameof(value), ex);
        }
    }

    /// <summary>Returns the value in the request's slot; throws the slot's fill problem when its fill failed.</summary>
    /// <param name="request">A fact of <see cref="RuleSet"/>.</param>
    /// <returns>The value.</returns>
    /// <exception cref="RuleEvaluationException">Thrown when the slot's fill failed.</exception>
    public FactValue Read(in FactRequest request)
    {
        var slot = request.Slot;
        if (_errorCount > 0 && _errors[slot] is string error)
        {
            throw new RuleEvaluationException(error);
        }

        return _values[slot];
    }

    /// <summary>Throws the first fill problem among <paramref name="slots"/>, if any.</summary>
    internal void ThrowIfFailed(int[] slots)
    {
        foreach (var slot in slots)
        {
            if (_errors[slot] is string error)
            {
                throw new RuleEvaluationException(error);
            }
        }
    }
}
