using System.Diagnostics.CodeAnalysis;

namespace PeerSupport.Rules;

/// <summary>
/// The result of loading or compiling a rule set: the compiled set, or every validation error found (never an exception
/// for bad input).
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class RuleSetLoadResult
{
    internal RuleSetLoadResult(CompiledRuleSet? ruleSet, IReadOnlyList<Problem> errors)
    {
        RuleSet = ruleSet;
        Errors = errors;
    }

    /// <summary>Gets the compiled rule set, or <see langword="null"/> when validation failed.</summary>
    public CompiledRuleSet? RuleSet { get; }

    /// <summary>Gets every error found; empty on success.</summary>
    public IReadOnlyList<Problem> Errors { get; }

    /// <summary>Gets a value indicating whether loading succeeded (then <see cref="RuleSet"/> is not null).</summary>
    [MemberNotNullWhen(true, nameof(RuleSet))]
    public bool Succeeded => RuleSet is not null;

    /// <summary>Returns the compiled rule set, or throws with every error when loading failed.</summary>
    /// <returns>The compiled rule set.</returns>
    /// <exception cref="InvalidOperationException">Thrown when loading failed; the message lists every located error.</exception>
    public CompiledRuleSet GetValueOrThrow() =>
        RuleSet ?? throw new InvalidOperationException("The rule set is invalid:" + Environment.NewLine + ToString());

    /// <summary>Returns the errors one per line, or "ok".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Succeeded ? "ok" : string.Join(Environment.NewLine, Errors);
}
