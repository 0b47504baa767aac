using PeerSupport.Rules.Language;

namespace PeerSupport.Rules;

/// <summary>How rule sets are validated and compiled.</summary>
public sealed class RuleSetCompileOptions
{
    /// <summary>Gets the default options: the empty fact schema and no required protected rules.</summary>
    public static RuleSetCompileOptions Default { get; } = new();

    /// <summary>Gets the fact schema conditions are checked against. The default is <see cref="FactSchema.Empty"/>.</summary>
    public FactSchema Schema { get; init; } = FactSchema.Empty;

    /// <summary>
    /// Gets the ids of rules that must be present, enabled and protected unless the rule set overrides them with a reason.
    /// The default is none.
    /// </summary>
    public IReadOnlyList<string> ProtectedRuleIds { get; init; } = [];
}
