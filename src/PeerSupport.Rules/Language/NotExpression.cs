namespace PeerSupport.Rules.Language;

/// <summary>A three-valued <c>not</c>: true ↔ false, unknown stays unknown (with its tag).</summary>
public sealed class NotExpression : Expression
{
    internal NotExpression(Expression operand, SourcePosition position)
        : base(position) => Operand = operand;

    /// <summary>Gets the operand.</summary>
    public Expression Operand { get; }

    /// <inheritdoc/>
    public override ExpressionKind Kind => ExpressionKind.Not;
}
