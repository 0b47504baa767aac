namespace PeerSupport.Rules.Evaluation;

/// <summary>
/// A validated rule with its bound tree, compiled condition, bound reason (null when the rule has none) and the slots it
/// reads in first-read order.
/// </summary>
internal sealed class CompiledRule(Rule rule, BoundNode node, CompiledCondition condition, ReasonTemplate? reason = null)
{
    public Rule Rule { get; } = rule;

    public BoundNode Node { get; } = node;

    public CompiledCondition Condition { get; } = condition;

    public ReasonTemplate? Reason { get; } = reason;

    /// <summary>Gets the distinct slots the condition reads, in evaluation (left-to-right) order.</summary>
    public int[] Slots { get; } = SlotsOf(node);

    /// <summary>Gets the slots to fill for this rule: the condition's, then those only its reason shows.</summary>
    public int[] FillSlots => Reason is null ? Slots : [.. Slots.Concat(Reason.Slots).Distinct()];

    /// <summary>The recommendation's reason: the title, then the rendered reason when the rule has one.</summary>
    public string ReasonFor(FactSlots reader, DateOnly asOf) =>
        Reason is null ? Rule.Title : Reason.RenderAfter(Rule.Title, reader, asOf);

    /// <summary>Evaluates the compiled condition over filled slots; a slot whose fill failed fails the rule.</summary>
    public TruthValue Evaluate(FactSlots slots)
    {
        if (slots.ErrorCount != 0)
        {
            slots.ThrowIfFailed(Slots);
        }

        return Condition(slots.Values);
    }

    private static int[] SlotsOf(BoundNode node)
    {
        var slots = new List<int>();
        Walk(node, slots);
        return [.. slots];

        static void Walk(BoundNode node, List<int> slots)
        {
            switch (node)
            {
                case BoundFact fact when !slots.Contains(fact.Request.Slot):
                    slots.Add(fact.Request.Slot);
                    break;
                case BoundHas has:
                    Walk(has.Fact, slots);
                    break;
                case BoundNot not:
                    Walk(not.Operand, slots);
                    break;
                case BoundCompare compare:
                    Walk(compare.Left, slots);
                    Walk(compare.Right, slots);
                    break;
                case BoundArithmetic arithmetic:
                    Walk(arithmetic.Left, slots);
                    Walk(arithmetic.Right, slots);
                    break;
                case BoundLogical logical:
                    Walk(logical.Left, slots);
                    Walk(logical.Right, slots);
                    break;
            }
        }
    }
}
