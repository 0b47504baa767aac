namespace PeerSupport.Rules;

/// <summary>A rule that could not be decided because data were missing, with the missing facts (keys as in condition text).</summary>
/// <param name="RuleId">The rule id.</param>
/// <param name="Missing">The facts that read as missing, e.g. <c>phq9.item9</c>.</param>
public sealed record UnknownRule(string RuleId, IReadOnlyList<string> Missing);
