namespace PeerSupport.Rules.Testing;

/// <summary>Whether one comparison of a rule was seen true and false across the tests.</summary>
/// <param name="Text">The canonical comparison text.</param>
/// <param name="SeenTrue">Seen true at least once.</param>
/// <param name="SeenFalse">Seen false at least once.</param>
public sealed record ConditionCoverage(string Text, bool SeenTrue, bool SeenFalse);
