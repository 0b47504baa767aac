namespace PeerSupport.Rules.Language;

/// <summary>A three-valued (Kleene) <c>and</c> or <c>or</c> of two boolean operands.</summary>
public sealed class LogicalExpression : Expression
{
    internal LogicalExpression(bool isAnd, Expression left, Expression right, SourcePosition position)
        : base(position)
    {
        IsAnd = isAnd;
        Left = left;
        Right = right;
    }

    /// <summary>Gets a value indicating whether this is <c>and</c> (otherwise <c>or</c>).</summary>
    public bool IsAnd { get; }

    /// <summary>Gets the left operand.</summary>
    public Expression Left { get; }

    /// <summary>Gets the right operand.</summary>
    public Expression Right { get; }

    /// <inheritdoc/>
    public override ExpressionKind Kind => ExpressionKind.Logical;
}
