namespace PeerSupport.Rules.Language;

/// <summary>
/// A 1-based line and column inside condition text. The default value (0:0) means "no position" (a node built in code).
/// </summary>
/// <param name="Line">The 1-based line, or 0 when unknown.</param>
/// <param name="Column">The 1-based column, or 0 when unknown.</param>
public readonly record struct SourcePosition(int Line, int Column);
