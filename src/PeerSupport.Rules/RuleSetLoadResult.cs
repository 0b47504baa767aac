namespace PeerSupport.Rules;

/// <summary>
/// The result of loading or compiling a rule set: the compiled set, or every validation error found (never an exception
/// for bad input).
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class RuleSetLoadResult
{
    internal RuleSetLoadResult(CompiledRuleSet? ruleSet, IReadOnlyList<RuleError> errors)
    {
        RuleSet = ruleSet;
        Errors = errors;
    }

    /// <summary>Gets the compiled rule set, or <see langword="null"/> when validation failed.</summary>
    public CompiledRuleSet? RuleSet { get; }

    /// <summary>Gets every error found; empty on success.</summary>
    public IReadOnlyList<RuleError> Errors { get; }

    /// <summary>Gets a value indicating whether loading succeeded.</summary>
    public bool Succeeded => RuleSet is not null;

    /// <summary>Returns the errors one per line, or "ok".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Succeeded ? "ok" : string.Join(Environment.NewLine, Errors);
}
