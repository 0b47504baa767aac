namespace PeerSupport.Rules.Language;

/// <summary>The kinds of node of a condition's syntax tree.</summary>
public enum ExpressionKind
{
    /// <summary>A number, text or boolean literal (<see cref="LiteralExpression"/>).</summary>
    Literal,

    /// <summary>A duration in whole days such as <c>30d</c> (<see cref="DurationExpression"/>), allowed only as a function argument.</summary>
    Duration,

    /// <summary>A fact reference, optionally with one argument (<see cref="FactExpression"/>).</summary>
    Fact,

    /// <summary>A call of a built-in function: <c>count</c> or <c>has</c> (<see cref="FunctionExpression"/>).</summary>
    Function,

    /// <summary>A comparison (<see cref="ComparisonExpression"/>).</summary>
    Comparison,

    /// <summary>An addition or subtraction of numbers (<see cref="ArithmeticExpression"/>).</summary>
    Arithmetic,

    /// <summary>A three-valued <c>and</c> or <c>or</c> (<see cref="LogicalExpression"/>).</summary>
    Logical,

    /// <summary>A three-valued <c>not</c> (<see cref="NotExpression"/>).</summary>
    Not,
}
