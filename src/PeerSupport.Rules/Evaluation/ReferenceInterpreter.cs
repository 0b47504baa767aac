namespace PeerSupport.Rules.Evaluation;

/// <summary>
/// A plain tree-walking interpreter over bound conditions: the reference the compiled form is tested against, and the
/// path that produces explanations and missing-fact lists (it allocates; the compiled path does not).
/// </summary>
internal static class ReferenceInterpreter
{
    public static TruthValue Evaluate(BoundNode node, IFactReader reader, EvaluationTrace? trace)
    {
        switch (node)
        {
            case BoundLogical logical:
                {
                    var left = Evaluate(logical.Left, reader, trace);
                    var right = Evaluate(logical.Right, reader, trace);
                    return logical.IsAnd ? Kleene.And(left, right) : Kleene.Or(left, right);
                }

            case BoundNot not:
                return Kleene.Not(Evaluate(not.Operand, reader, trace));
            case BoundCompare compare:
                {
                    var left = Value(compare.Left, reader, trace);
                    var right = Value(compare.Right, reader, trace);
                    var result = Values.Compare(compare.Operator, left, right);
                    trace?.Comparisons.Add(new ComparisonExplanation(compare.Text, TextOf(compare.Left), left, compare.Operator, TextOf(compare.Right), right, result));
                    return result;
                }

            case BoundHas has:
                {
                    var value = Read(has.Fact, reader, trace);
                    var result = value.IsKnown ? TruthValue.True : TruthValue.False;
                    trace?.Comparisons.Add(new ComparisonExplanation(has.Text, has.Text, FactValue.FromBoolean(value.IsKnown), null, null, FactValue.Absent, result));
                    return result;
                }

            case BoundFact fact:
                {
                    var value = Read(fact, reader, trace);
                    var result = Kleene.FromValue(value);
                    trace?.Comparisons.Add(new ComparisonExplanation(fact.Text, fact.Text, value, null, null, FactValue.Absent, result));
                    return result;
                }

            case BoundLiteral literal:
                return Kleene.FromValue(literal.Value);
            default:
                throw new InvalidOperationException($"Cannot evaluate {node.GetType().Name} as a condition.");
        }
    }

    private static string? TextOf(BoundNode node) => node is BoundLiteral ? null : node.Text;

    private static FactValue Read(BoundFact fact, IFactReader reader, EvaluationTrace? trace)
    {
        var request = fact.Request;
        var value = Values.Check(reader.Read(in request), in request);
        trace?.Read(in request, value);
        return value;
    }

    private static FactValue Value(BoundNode node, IFactReader reader, EvaluationTrace? trace)
    {
        switch (node)
        {
            case BoundLiteral literal:
                return literal.Value;
            case BoundFact fact:
                return Read(fact, reader, trace);
            case BoundArithmetic arithmetic:
                {
                    var left = Value(arithmetic.Left, reader, trace);
                    var right = Value(arithmetic.Right, reader, trace);
                    return Values.Arithmetic(arithmetic.IsAddition, left, right);
                }

            default:
                return Evaluate(node, reader, trace) switch
                {
                    TruthValue.True => FactValue.FromBoolean(true),
                    TruthValue.False => FactValue.FromBoolean(false),
                    TruthValue.UnknownMissing => FactValue.Missing,
                    _ => FactValue.Absent,
                };
        }
    }
}
