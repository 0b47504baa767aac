namespace PeerSupport.Rules;

/// <summary>Identifies the exact rule set behind a decision: id, semantic version and content hash.</summary>
/// <param name="Id">The rule set id.</param>
/// <param name="Version">The semantic version.</param>
/// <param name="Sha256">Lower-case hex SHA-256 of the rule set's canonical JSON (rules, settings and overrides; not tests or description).</param>
public sealed record RuleSetStamp(string Id, string Version, string Sha256);
