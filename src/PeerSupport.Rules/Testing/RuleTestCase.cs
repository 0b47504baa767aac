using PeerSupport.Rules.Evaluation;

namespace PeerSupport.Rules.Testing;

/// <summary>A rule test shipped inside a rule file: given facts (and earlier referrals) as of a date, expect a decision.</summary>
/// <param name="Name">A unique, descriptive name.</param>
/// <param name="Subject">Whether member or group rules are run.</param>
/// <param name="AsOf">The decision date (cooldown windows are measured from it).</param>
/// <param name="Facts">The given facts, keyed as in condition text; facts not given are absent, null (JSON) is missing.</param>
/// <param name="Referrals">Earlier referrals of the subject.</param>
/// <param name="Expected">The expectation.</param>
public sealed record RuleTestCase(string Name, RuleSubject Subject, DateOnly AsOf, FactSet Facts, IReadOnlyList<PriorReferral> Referrals, RuleTestExpectation Expected);
