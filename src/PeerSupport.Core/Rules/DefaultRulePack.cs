using PeerSupport.Rules.Facts;
using PeerSupport.Rules.Serialization;

namespace PeerSupport.Rules;

/// <summary>
/// The default rule pack (<c>default</c>) shipped inside Core as an embedded rule file: the table of docs/rules.md with rationale,
/// sources and its own test cases. Not clinical advice: an organisation must review every threshold under its own
/// clinical governance. The crisis rules are protected, because a missed crisis is the worst failure.
/// </summary>
/// <remarks>Thread-safe; the pack is loaded once on first use.</remarks>
public static class DefaultRulePack
{
    private const string ResourceName = "PeerSupport.Rules.Packs.default.rules.json";
    private static readonly Lazy<string> s_json = new(ReadJson);
    private static readonly Lazy<CompiledRuleSet> s_compiled = new(CompileDefault);

    /// <summary>
    /// Gets the ids of the protected rules: <c>phq9-item9</c>, <c>crisis-disclosure</c>, <c>rescreen-overdue</c>,
    /// <c>crisis-unattributed</c>.
    /// </summary>
    public static IReadOnlyList<string> ProtectedRuleIds { get; } = ["phq9-item9", "crisis-disclosure", "rescreen-overdue", "crisis-unattributed"];

    /// <summary>
    /// Gets the compile options for rule files written against the peer support vocabulary: the
    /// <see cref="PeerSupportFacts.Schema"/> and the <see cref="ProtectedRuleIds"/>.
    /// </summary>
    public static RuleSetCompileOptions CompileOptions { get; } = new() { Schema = PeerSupportFacts.Schema, ProtectedRuleIds = ProtectedRuleIds };

    /// <summary>Gets the rule file text (JSON), e.g. to start a local copy.</summary>
    public static string Json => s_json.Value;

    /// <summary>Gets the compiled default pack (checked against <see cref="PeerSupportFacts.Schema"/>).</summary>
    /// <exception cref="InvalidOperationException">Thrown when the embedded file is invalid (a build defect).</exception>
    public static CompiledRuleSet RuleSet => s_compiled.Value;

    /// <summary>
    /// Creates an engine running the default pack. New rule sets are checked against the schema of the set in force
    /// (<see cref="PeerSupportFacts.Schema"/>) unless the options name another, and always keep the protected rules of
    /// the set in force.
    /// </summary>
    /// <param name="options">Options; when null, defaults that also require the <see cref="ProtectedRuleIds"/>.</param>
    /// <returns>The engine.</returns>
    /// <exception cref="ArgumentException">Thrown when the options are invalid.</exception>
    public static ReferralEngine CreateEngine(ReferralEngineOptions? options = null)
    {
        return new ReferralEngine(RuleSet, options ?? new ReferralEngineOptions { ProtectedRuleIds = ProtectedRuleIds });
    }

    private static string ReadJson()
    {
        using var stream = typeof(DefaultRulePack).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded resource {ResourceName} is missing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static CompiledRuleSet CompileDefault()
    {
        var result = RuleSetJson.Load(Json, CompileOptions);
        return result.RuleSet ?? throw new InvalidOperationException("The embedded default rule pack is invalid: " + result);
    }
}
