using NRules;
using NRules.Fluent;

namespace PeerSupport.Benchmarks.Engines;

/// <summary>NRules running <see cref="NRulesMemberRules"/>: either a new session per decision or one session reused (insert, fire, retract).</summary>
public sealed class NRulesMemberEngine
{
    private readonly ISession _session;

    /// <summary>Initializes a new instance of the <see cref="NRulesMemberEngine"/> class.</summary>
    public NRulesMemberEngine()
    {
        var repository = new RuleRepository();
        repository.Load(x => x.From(s => s.Type([.. NRulesMemberRules.Types]).NestedTypes()));
        RuleNames = [.. repository.GetRules().Select(r => r.Name)];
        Factory = repository.Compile();
        _session = Factory.CreateSession();
    }

    /// <summary>Gets the names of the rules the repository loaded (the default pack's ids when loading worked).</summary>
    public IReadOnlyList<string> RuleNames { get; }

    /// <summary>Gets the compiled session factory.</summary>
    public ISessionFactory Factory { get; }

    /// <summary>Fires the rules in a new session.</summary>
    /// <param name="facts">The facts (their <see cref="MemberFacts.FiredMask"/> is reset).</param>
    /// <returns>The fired mask.</returns>
    public int FireNewSession(MemberFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        facts.FiredMask = 0;
        var session = Factory.CreateSession();
        session.Insert(facts);
        session.Fire();
        return facts.FiredMask;
    }

    /// <summary>Fires the rules in the reused session: insert, fire, retract.</summary>
    /// <param name="facts">The facts (their <see cref="MemberFacts.FiredMask"/> is reset).</param>
    /// <returns>The fired mask.</returns>
    public int FireReusedSession(MemberFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        facts.FiredMask = 0;
        _session.Insert(facts);
        _session.Fire();
        _session.Retract(facts);
        return facts.FiredMask;
    }

    /// <summary>Fires the rules in a new session and merges the fired ones like the default pack's hit policy.</summary>
    /// <param name="facts">The facts.</param>
    /// <param name="reuseSession">Whether to use the reused session.</param>
    /// <returns>The merged recommendations.</returns>
    public IReadOnlyList<MergedRecommendation> Recommend(MemberFacts facts, bool reuseSession = false) =>
        MergedRecommendation.Merge(reuseSession ? FireReusedSession(facts) : FireNewSession(facts));
}
