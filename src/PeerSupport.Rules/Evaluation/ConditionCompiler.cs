using PeerSupport.Rules.Language;

namespace PeerSupport.Rules.Evaluation;

/// <summary>A compiled condition: evaluates three-valued truth over a fact reader without allocating.</summary>
internal delegate TruthValue CompiledCondition(IFactReader reader);

/// <summary>A compiled value expression.</summary>
internal delegate FactValue CompiledValue(IFactReader reader);

/// <summary>
/// Compiles a bound condition once into a tree of closures. Every operand is evaluated (no short-circuit), so a failing
/// fact anywhere in a condition always surfaces as an error, and the result equals <see cref="ReferenceInterpreter"/>'s.
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
                    var request = fact.Request;
                    return reader => Kleene.FromValue(Values.Check(reader.Read(in request), in request));
                }

            case BoundHas has:
                {
                    var request = has.Fact.Request;
                    return reader => Values.Check(reader.Read(in request), in request).IsKnown ? TruthValue.True : TruthValue.False;
                }

            case BoundCompare compare:
                return CompileComparison(compare);
            case BoundLogical { IsAnd: true } and:
                {
                    var left = Compile(and.Left);
                    var right = Compile(and.Right);
                    return reader =>
                    {
                        var l = left(reader);
                        var r = right(reader);
                        return Kleene.And(l, r);
                    };
                }

            case BoundLogical or:
                {
                    var left = Compile(or.Left);
                    var right = Compile(or.Right);
                    return reader =>
                    {
                        var l = left(reader);
                        var r = right(reader);
                        return Kleene.Or(l, r);
                    };
                }

            case BoundNot not:
                {
                    var operand = Compile(not.Operand);
                    return reader => Kleene.Not(operand(reader));
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
            var request = fact.Request;
            var constant = literal.Value.Number;
            return op switch
            {
                ComparisonOperator.GreaterOrEqual => reader =>
                {
                    var v = Values.Check(reader.Read(in request), in request);
                    return v.IsKnown ? Kleene.FromBoolean(v.Number >= constant) : Kleene.FromValue(v);
                }
                ,
                ComparisonOperator.Greater => reader =>
                {
                    var v = Values.Check(reader.Read(in request), in request);
                    return v.IsKnown ? Kleene.FromBoolean(v.Number > constant) : Kleene.FromValue(v);
                }
                ,
                ComparisonOperator.Less => reader =>
                {
                    var v = Values.Check(reader.Read(in request), in request);
                    return v.IsKnown ? Kleene.FromBoolean(v.Number < constant) : Kleene.FromValue(v);
                }
                ,
                ComparisonOperator.LessOrEqual => reader =>
                {
                    var v = Values.Check(reader.Read(in request), in request);
                    return v.IsKnown ? Kleene.FromBoolean(v.Number <= constant) : Kleene.FromValue(v);
                }
                ,
                _ => reader => Values.Compare(op, Values.Check(reader.Read(in request), in request), literal.Value),
            };
        }

        var left = CompileValue(compare.Left);
        var right = CompileValue(compare.Right);
        return reader =>
        {
            var l = left(reader);
            var r = right(reader);
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
                    var request = fact.Request;
                    return reader => Values.Check(reader.Read(in request), in request);
                }

            case BoundArithmetic arithmetic:
                {
                    var left = CompileValue(arithmetic.Left);
                    var right = CompileValue(arithmetic.Right);
                    var isAddition = arithmetic.IsAddition;
                    return reader =>
                    {
                        var l = left(reader);
                        var r = right(reader);
                        return Values.Arithmetic(isAddition, l, r);
                    };
                }

            default:
                {
                    var condition = Compile(node);
                    return reader => condition(reader) switch
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
