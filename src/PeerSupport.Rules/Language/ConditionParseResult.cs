using System.Diagnostics.CodeAnalysis;

namespace PeerSupport.Rules.Language;

/// <summary>The result of parsing condition text: a syntax tree, or the problems (with line and column) that prevented one.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class ConditionParseResult
{
    internal ConditionParseResult(Expression? expression, IReadOnlyList<Problem> problems)
    {
        Expression = expression;
        Problems = problems;
    }

    /// <summary>Gets the syntax tree, or <see langword="null"/> when parsing failed.</summary>
    public Expression? Expression { get; }

    /// <summary>Gets the problems, each with its 1-based line and column in the text; empty when parsing succeeded.</summary>
    public IReadOnlyList<Problem> Problems { get; }

    /// <summary>Gets a value indicating whether parsing succeeded (then <see cref="Expression"/> is not null).</summary>
    [MemberNotNullWhen(true, nameof(Expression))]
    public bool Succeeded => Expression is not null;

    /// <summary>Returns the syntax tree, or throws with every problem when parsing failed.</summary>
    /// <returns>The syntax tree.</returns>
    /// <exception cref="InvalidOperationException">Thrown when parsing failed; the message lists every located problem.</exception>
    public Expression GetValueOrThrow() =>
        Expression ?? throw new InvalidOperationException("The condition is invalid:" + Environment.NewLine + string.Join(Environment.NewLine, Problems));
}
