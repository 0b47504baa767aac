namespace PeerSupport.Rules.Language;

/// <summary>
/// A sum (<see cref="IsAddition"/>) or difference of two numbers, e.g.
/// <c>count(incidents.harmful_advice, 30d) + count(incidents.boundary_violation, 30d)</c>. Unknown when either operand is unknown.
/// </summary>
public sealed class ArithmeticExpression : Expression
{
    internal ArithmeticExpression(bool isAddition, Expression left, Expression right, SourcePosition position)
        : base(position)
    {
        IsAddition = isAddition;
        Left = left;
        Right = right;
    }

    /// <summary>Gets a value indicating whether this is <c>+</c> (otherwise <c>-</c>).</summary>
    public bool IsAddition { get; }

    /// <summary>Gets the left operand.</summary>
    public Expression Left { get; }

    /// <summary>Gets the right operand.</summary>
    public Expression Right { get; }

    /// <inheritdoc/>
    public override ExpressionKind Kind => ExpressionKind.Arithmetic;
}
