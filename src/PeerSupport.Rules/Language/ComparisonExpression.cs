namespace PeerSupport.Rules.Language;

/// <summary>A comparison of two operands of the same type. Unknown when either operand is unknown.</summary>
public sealed class ComparisonExpression : Expression
{
    internal ComparisonExpression(ComparisonOperator op, Expression left, Expression right, SourcePosition position)
        : base(position)
    {
        Operator = op;
        Left = left;
        Right = right;
    }

    /// <summary>Gets the operator.</summary>
    public ComparisonOperator Operator { get; }

    /// <summary>Gets the left operand.</summary>
    public Expression Left { get; }

    /// <summary>Gets the right operand.</summary>
    public Expression Right { get; }

    /// <inheritdoc/>
    public override ExpressionKind Kind => ExpressionKind.Comparison;
}
