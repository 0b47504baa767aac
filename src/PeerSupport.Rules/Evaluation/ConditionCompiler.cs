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
            case BoundLogical logical:
                return CompileLogical(logical);

            case BoundNot not:
                {
                    var operand = Compile(not.Operand);
                    return slots => Kleene.Not(operand(slots));
                }

            default:
                throw new InvalidOperationException($"Cannot compile {node.GetType().Name} as a condition.");
        }
    }

    /// <summary>
    /// <c>and</c>/<c>or</c>: a child that is the common shape <c>fact op number</c> is evaluated inline rather than through
    /// its own delegate, so a conjunction of comparisons costs one delegate call instead of three.
    /// </summary>
    private static CompiledCondition CompileLogical(BoundLogical logical)
    {
        var isAnd = logical.IsAnd;
        var leftLeaf = Leaf.TryCreate(logical.Left);
        var rightLeaf = Leaf.TryCreate(logical.Right);
        if (leftLeaf is { } l && rightLeaf is { } r)
        {
            return isAnd
                ? slots => Kleene.And(l.Evaluate(slots), r.Evaluate(slots))
                : slots => Kleene.Or(l.Evaluate(slots), r.Evaluate(slots));
        }

        if (rightLeaf is { } rightOnly)
        {
            var left = Compile(logical.Left);
            return isAnd
                ? slots => Kleene.And(left(slots), rightOnly.Evaluate(slots))
                : slots => Kleene.Or(left(slots), rightOnly.Evaluate(slots));
        }

        if (leftLeaf is { } leftOnly)
        {
            var right = Compile(logical.Right);
            return isAnd
                ? slots => Kleene.And(leftOnly.Evaluate(slots), right(slots))
                : slots => Kleene.Or(leftOnly.Evaluate(slots), right(slots));
        }

        var leftNode = Compile(logical.Left);
        var rightNode = Compile(logical.Right);
        return isAnd
            ? slots => Kleene.And(leftNode(slots), rightNode(slots))
            : slots => Kleene.Or(leftNode(slots), rightNode(slots));
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

    /// <summary>A comparison <c>fact op number</c> over a slot, evaluated without a delegate.</summary>
    private readonly struct Leaf(int slot, ComparisonOperator op, double constant)
    {
        public static Leaf? TryCreate(BoundNode node) =>
            node is BoundCompare { Left: BoundFact fact, Right: BoundLiteral { Value.Kind: FactValueKind.Number } literal } compare
                ? new Leaf(fact.Request.Slot, compare.Operator, literal.Value.Number)
                : null;

        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        public TruthValue Evaluate(FactValue[] slots)
        {
            ref readonly var v = ref slots[slot];
            if (v.Kind != FactValueKind.Number)
            {
                return v.Kind == FactValueKind.Missing ? TruthValue.UnknownMissing : TruthValue.UnknownAbsent;
            }

            var x = v.UncheckedNumber;
            return Kleene.FromBoolean(op switch
            {
                ComparisonOperator.GreaterOrEqual => x >= constant,
                ComparisonOperator.Greater => x > constant,
                ComparisonOperator.Less => x < constant,
                ComparisonOperator.LessOrEqual => x <= constant,
                ComparisonOperator.Equal => x == constant,
                _ => x != constant,
            });
        }
    }
}
