using PeerSupport.Rules.Language;

namespace PeerSupport.Rules;

/// <summary>How rule sets are validated and compiled.</summary>
public sealed class RuleSetCompileOptions
{
    /// <summary>Gets the default options: the default fact schema and the default pack's protected rule ids.</summary>
    public static RuleSetCompileOptions Default { get; } = new();

    /// <summary>Gets the fact schema conditions are checked against. The default is <see cref="FactSchema.Default"/>.</summary>
    public FactSchema Schema { get; init; } = FactSchema.Default;

    /// <summary>
    /// Gets the ids of rules that must be present, enabled and protected unless the rule set overrides them with a reason.
    /// The default is <see cref="DefaultRulePack.ProtectedRuleIds"/>; an embedder with its own unrelated rules may pass an empty list.
    /// </summary>
    public IReadOnlyList<string> ProtectedRuleIds { get; init; } = DefaultRulePack.ProtectedRuleIds;
}
