namespace PeerSupport.Rules.Language;

/// <summary>One token with its source position (1-based line and column).</summary>
internal readonly record struct Token(TokenKind Kind, string Text, double Number, int Line, int Column);
