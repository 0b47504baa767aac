namespace PeerSupport.Rules.Language;

/// <summary>
/// A call of a built-in function. The set is closed: <c>count(fact, window)</c> (a number) and <c>has(fact)</c>
/// (true when the fact is known, false when absent or missing; never unknown).
/// </summary>
public sealed class FunctionExpression : Expression
{
    internal FunctionExpression(string name, IReadOnlyList<Expression> arguments, SourcePosition position)
        : base(position)
    {
        Name = name;
        Arguments = arguments;
    }

    /// <summary>Gets the function name (<c>count</c> or <c>has</c>).</summary>
    public string Name { get; }

    /// <summary>Gets the arguments in order.</summary>
    public IReadOnlyList<Expression> Arguments { get; }

    /// <inheritdoc/>
    public override ExpressionKind Kind => ExpressionKind.Function;
}
