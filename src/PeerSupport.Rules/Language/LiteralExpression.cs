namespace PeerSupport.Rules.Language;

/// <summary>A number, text or boolean literal. Its value is never absent or missing.</summary>
public sealed class LiteralExpression : Expression
{
    internal LiteralExpression(FactValue value, SourcePosition position)
        : base(position) => Value = value;

    /// <summary>Gets the literal value (kind number, text or boolean).</summary>
    public FactValue Value { get; }

    /// <inheritdoc/>
    public override ExpressionKind Kind => ExpressionKind.Literal;
}
