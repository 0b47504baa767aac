namespace PeerSupport.Rules.Language;

/// <summary>The kinds of token of the condition language.</summary>
internal enum TokenKind
{
    End,
    Number,
    Duration,
    Text,
    Identifier,
    And,
    Or,
    Not,
    True,
    False,
    LeftParen,
    RightParen,
    Comma,
    Dot,
    Plus,
    Minus,
    Equal,
    NotEqual,
    Less,
    LessOrEqual,
    Greater,
    GreaterOrEqual,
}
