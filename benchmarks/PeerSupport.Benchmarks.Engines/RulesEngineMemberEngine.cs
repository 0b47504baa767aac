using RulesEngine.Models;

namespace PeerSupport.Benchmarks.Engines;

/// <summary>
/// Microsoft RulesEngine running <see cref="MemberRules.All"/> as one workflow of lambda-expression rules over
/// <c>m</c>. A rule whose expression fails to compile or throws comes back as "not successful" with an exception
/// message; this wrapper throws instead, so a broken rule can never pass for a quiet one.
/// </summary>
public sealed class RulesEngineMemberEngine
{
    /// <summary>The workflow name.</summary>
    public const string WorkflowName = "default-member";

    private readonly RulesEngine.RulesEngine _engine;

    /// <summary>Initializes a new instance of the <see cref="RulesEngineMemberEngine"/> class.</summary>
    /// <param name="rules">The rules; <see cref="MemberRules.All"/> when null.</param>
    public RulesEngineMemberEngine(IReadOnlyList<MemberRuleSpec>? rules = null)
    {
        Workflow = CreateWorkflow(WorkflowName, rules ?? MemberRules.All);
        _engine = new RulesEngine.RulesEngine([Workflow], new ReSettings());
    }

    /// <summary>Gets the workflow the engine was given.</summary>
    public Workflow Workflow { get; }

    /// <summary>Creates a workflow of lambda-expression rules, one per spec, named by rule id.</summary>
    /// <param name="name">The workflow name.</param>
    /// <param name="rules">The rules.</param>
    /// <returns>The workflow.</returns>
    public static Workflow CreateWorkflow(string name, IEnumerable<MemberRuleSpec> rules) => new()
    {
        WorkflowName = name,
        Rules = [.. rules.Select(r => new Rule { RuleName = r.Id, Expression = r.Expression, RuleExpressionType = RuleExpressionType.LambdaExpression })],
    };

    /// <summary>Runs every rule and returns the engine's own result trees (after checking none failed).</summary>
    /// <param name="facts">The facts.</param>
    /// <returns>One result per rule, in rule order.</returns>
    public async Task<List<RuleResultTree>> ExecuteAsync(MemberFacts facts)
    {
        var results = await _engine.ExecuteAllRulesAsync(WorkflowName, new RuleParameter("m", facts)).ConfigureAwait(false);
        foreach (var result in results)
        {
            if (!string.IsNullOrEmpty(result.ExceptionMessage))
            {
                throw new InvalidOperationException($"RulesEngine rule '{result.Rule.RuleName}' failed: {result.ExceptionMessage}");
            }
        }

        return results;
    }

    /// <summary>Runs every rule and returns which fired (bit i: rule i of the workflow).</summary>
    /// <param name="facts">The facts.</param>
    /// <returns>The fired mask.</returns>
    public async Task<int> FireAsync(MemberFacts facts)
    {
        var results = await ExecuteAsync(facts).ConfigureAwait(false);
        var mask = 0;
        for (var i = 0; i < results.Count; i++)
        {
            mask |= results[i].IsSuccess ? 1 << i : 0;
        }

        return mask;
    }

    /// <summary>Runs every rule and merges the fired ones like the default pack's hit policy.</summary>
    /// <param name="facts">The facts.</param>
    /// <returns>The merged recommendations.</returns>
    public async Task<IReadOnlyList<MergedRecommendation>> RecommendAsync(MemberFacts facts) =>
        MergedRecommendation.Merge(await FireAsync(facts).ConfigureAwait(false));
}
