using PeerSupport.Rules.Language;

namespace PeerSupport.Rules.Evaluation;

/// <summary>A node of a condition resolved against a fact schema: typed, with facts turned into slots.</summary>
internal abstract class BoundNode(FactType type, Expression source)
{
    public FactType Type { get; } = type;

    public Expression Source { get; } = source;

    /// <summary>Canonical text of the source node (computed once at load).</summary>
    public string Text { get; } = source.ToString();
}

internal sealed class BoundLiteral(FactValue value, Expression source) : BoundNode(TypeOf(value), source)
{
    public FactValue Value { get; } = value;

    private static FactType TypeOf(FactValue value) => value.Kind switch
    {
        FactValueKind.Number => FactType.Number,
        FactValueKind.Boolean => FactType.Boolean,
        _ => FactType.Text,
    };
}

internal sealed class BoundFact(FactRequest request, Expression source) : BoundNode(request.Definition.Type, source)
{
    public FactRequest Request { get; } = request;
}

internal sealed class BoundHas(BoundFact fact, Expression source) : BoundNode(FactType.Boolean, source)
{
    public BoundFact Fact { get; } = fact;
}

internal sealed class BoundCompare(ComparisonOperator op, BoundNode left, BoundNode right, Expression source) : BoundNode(FactType.Boolean, source)
{
    public ComparisonOperator Operator { get; } = op;

    public BoundNode Left { get; } = left;

    public BoundNode Right { get; } = right;
}

internal sealed class BoundArithmetic(bool isAddition, BoundNode left, BoundNode right, Expression source) : BoundNode(FactType.Number, source)
{
    public bool IsAddition { get; } = isAddition;

    public BoundNode Left { get; } = left;

    public BoundNode Right { get; } = right;
}

internal sealed class BoundLogical(bool isAnd, BoundNode left, BoundNode right, Expression source) : BoundNode(FactType.Boolean, source)
{
    public bool IsAnd { get; } = isAnd;

    public BoundNode Left { get; } = left;

    public BoundNode Right { get; } = right;
}

internal sealed class BoundNot(BoundNode operand, Expression source) : BoundNode(FactType.Boolean, source)
{
    public BoundNode Operand { get; } = operand;
}
