namespace PeerSupport.Rules.Language;

/// <summary>The result of parsing condition text: a syntax tree, or the errors (with line and column) that prevented one.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class ConditionParseResult
{
    internal ConditionParseResult(Expression? expression, IReadOnlyList<Problem> errors)
    {
        Expression = expression;
        Errors = errors;
    }

    /// <summary>Gets the syntax tree, or <see langword="null"/> when parsing failed.</summary>
    public Expression? Expression { get; }

    /// <summary>Gets the errors; empty when parsing succeeded.</summary>
    public IReadOnlyList<Problem> Errors { get; }

    /// <summary>Gets a value indicating whether parsing succeeded.</summary>
    public bool Succeeded => Expression is not null;
}
