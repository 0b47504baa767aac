using PeerSupport.Rules.Language;

namespace PeerSupport.Rules.Evaluation;

/// <summary>
/// A compiled condition: evaluates three-valued truth over filled, already checked fact slots
/// (<see cref="FactSlots"/>) without allocating, lookups or type checks.
/// </summary>
internal delegate TruthValue CompiledCondition(FactValue[] slots);

/// <summary>A compiled value expression over filled fact slots.</summary>
internal delegate FactValue CompiledValue(FactValue[] slots);

/// <summary>
/// Compiles a bound condition once into a tree of closures that read facts by slot index. Values were checked against
/// their declarations when the slots were filled, and a rule reading a slot whose fill failed is failed before its
/// condition runs (<see cref="CompiledRule.Evaluate"/>), so the result equals <see cref="ReferenceInterpreter"/>'s.
/// </summary>
internal static class ConditionCompiler
{
    public static CompiledCondition Compile(BoundNode node)
    {
        switch (node)
        {
            case BoundLiteral literal:
                {
                    var truth = Kleene.FromValue(literal.Value);
                    return _ => truth;
                }

            case BoundFact fact:
                {
                    var slot = fact.Request.Slot;
                    return slots => Kleene.FromValue(slots[slot]);
                }

            case BoundHas has:
                {
                    var slot = has.Fact.Request.Slot;
                    return slots => slots[slot].IsKnown ? TruthValue.True : TruthValue.False;
                }

            case BoundCompare compare:
                return CompileComparison(compare);
            case BoundLogical { IsAnd: true } and:
                {
                    var left = Compile(and.Left);
                    var right = Compile(and.Right);
                    return slots =>
                    {
                        var l = left(slots);
                        var r = right(slots);
                        return Kleene.And(l, r);
                    };
                }

            case BoundLogical or:
                {
                    var left = Compile(or.Left);
                    var right = Compile(or.Right);
                    return slots =>
                    {
                        var l = left(slots);
                        var r = right(slots);
                        return Kleene.Or(l, r);
                    };
                }

            case BoundNot not:
                {
                    var operand = Compile(not.Operand);
                    return slots => Kleene.Not(operand(slots));
                }

            default:
                throw new InvalidOperationException($"Cannot compile {node.GetType().Name} as a condition.");
        }
    }

    private static CompiledCondition CompileComparison(BoundCompare compare)
    {
        var op = compare.Operator;
        if (compare.Left is BoundFact fact && compare.Right is BoundLiteral { Value.Kind: FactValueKind.Number } literal)
        {
            // The common shape `fact op number`: one read, one comparison.
            var slot = fact.Request.Slot;
            var constant = literal.Value.Number;
            return op switch
            {
                ComparisonOperator.GreaterOrEqual => slots =>
                {
                    ref readonly var v = ref slots[slot];
                    return v.IsKnown ? Kleene.FromBoolean(v.UncheckedNumber >= constant) : Kleene.FromValue(v);
                }
                ,
                ComparisonOperator.Greater => slots =>
                {
                    ref readonly var v = ref slots[slot];
                    return v.IsKnown ? Kleene.FromBoolean(v.UncheckedNumber > constant) : Kleene.FromValue(v);
                }
                ,
                ComparisonOperator.Less => slots =>
                {
                    ref readonly var v = ref slots[slot];
                    return v.IsKnown ? Kleene.FromBoolean(v.UncheckedNumber < constant) : Kleene.FromValue(v);
                }
                ,
                ComparisonOperator.LessOrEqual => slots =>
                {
                    ref readonly var v = ref slots[slot];
                    return v.IsKnown ? Kleene.FromBoolean(v.UncheckedNumber <= constant) : Kleene.FromValue(v);
                }
                ,
                _ => slots => Values.Compare(op, slots[slot], literal.Value),
            };
        }

        var left = CompileValue(compare.Left);
        var right = CompileValue(compare.Right);
        return slots =>
        {
            var l = left(slots);
            var r = right(slots);
            return Values.Compare(op, l, r);
        };
    }

    public static CompiledValue CompileValue(BoundNode node)
    {
        switch (node)
        {
            case BoundLiteral literal:
                {
                    var value = literal.Value;
                    return _ => value;
                }

            case BoundFact fact:
                {
                    var slot = fact.Request.Slot;
                    return slots => slots[slot];
                }

            case BoundArithmetic arithmetic:
                {
                    var left = CompileValue(arithmetic.Left);
                    var right = CompileValue(arithmetic.Right);
                    var isAddition = arithmetic.IsAddition;
                    return slots =>
                    {
                        var l = left(slots);
                        var r = right(slots);
                        return Values.Arithmetic(isAddition, l, r);
                    };
                }

            default:
                {
                    var condition = Compile(node);
                    return slots => condition(slots) switch
                    {
                        TruthValue.True => FactValue.FromBoolean(true),
                        TruthValue.False => FactValue.FromBoolean(false),
                        TruthValue.UnknownMissing => FactValue.Missing,
                        _ => FactValue.Absent,
                    };
                }
        }
    }
}
