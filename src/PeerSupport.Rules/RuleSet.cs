using PeerSupport.Rules.Testing;

namespace PeerSupport.Rules;

/// <summary>
/// A versioned set of rules with settings, protected-rule overrides and rule test cases: the unvalidated model that
/// <see cref="RuleSetCompiler"/> validates and compiles. Produced by <see cref="Serialization.RuleSetJson"/> or
/// <see cref="RuleSetBuilder"/>.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class RuleSet
{
    internal RuleSet(string id, string version, RuleSetSettings settings, IReadOnlyList<Rule> rules, IReadOnlyList<ProtectedRuleOverride> overrides, IReadOnlyList<RuleTestCase> tests, string description)
    {
        Id = id;
        Version = version;
        Settings = settings;
        Rules = rules;
        Overrides = overrides;
        Tests = tests;
        Description = description;
    }

    /// <summary>Gets the id (same pattern as rule ids).</summary>
    public string Id { get; }

    /// <summary>Gets the semantic version (<c>MAJOR.MINOR.PATCH</c>, optional <c>-prerelease</c>).</summary>
    public string Version { get; }

    /// <summary>Gets a free description (may be empty).</summary>
    public string Description { get; }

    /// <summary>Gets the settings.</summary>
    public RuleSetSettings Settings { get; }

    /// <summary>Gets the rules in file order (the order of ruleIds and reasons in decisions).</summary>
    public IReadOnlyList<Rule> Rules { get; }

    /// <summary>Gets the protected-rule overrides.</summary>
    public IReadOnlyList<ProtectedRuleOverride> Overrides { get; }

    /// <summary>Gets the rule test cases shipped with the set.</summary>
    public IReadOnlyList<RuleTestCase> Tests { get; }

    /// <summary>Returns the id and version.</summary>
    /// <returns><c>id@version</c>.</returns>
    public override string ToString() => Id + "@" + Version;
}
