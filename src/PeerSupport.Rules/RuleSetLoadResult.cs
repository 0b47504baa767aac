using System.Diagnostics.CodeAnalysis;

namespace PeerSupport.Rules;

/// <summary>
/// The result of loading or compiling a rule set: the compiled set, or every problem found (never an exception
/// for bad input).
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class RuleSetLoadResult
{
    internal RuleSetLoadResult(CompiledRuleSet? ruleSet, IReadOnlyList<Problem> problems)
    {
        RuleSet = ruleSet;
        Problems = problems;
    }

    /// <summary>Gets the compiled rule set, or <see langword="null"/> when validation failed.</summary>
    public CompiledRuleSet? RuleSet { get; }

    /// <summary>Gets every problem found, each located by JSON pointer or line and column; empty on success.</summary>
    public IReadOnlyList<Problem> Problems { get; }

    /// <summary>Gets a value indicating whether loading succeeded (then <see cref="RuleSet"/> is not null).</summary>
    [MemberNotNullWhen(true, nameof(RuleSet))]
    public bool Succeeded => RuleSet is not null;

    /// <summary>Returns the compiled rule set, or throws with every problem when loading failed.</summary>
    /// <returns>The compiled rule set.</returns>
    /// <exception cref="InvalidOperationException">Thrown when loading failed; the message lists every located problem.</exception>
    public CompiledRuleSet GetValueOrThrow() =>
        RuleSet ?? throw new InvalidOperationException("The rule set is invalid:" + Environment.NewLine + ToString());

    /// <summary>Returns the problems one per line, or "ok".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Succeeded ? "ok" : string.Join(Environment.NewLine, Problems);
}
