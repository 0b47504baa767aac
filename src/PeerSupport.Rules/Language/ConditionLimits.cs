namespace PeerSupport.Rules.Language;

/// <summary>Hard limits that keep condition text cheap and safe to parse and evaluate.</summary>
public static class ConditionLimits
{
    /// <summary>The maximum length of a condition text in characters (4096).</summary>
    public const int MaxTextLength = 4096;

    /// <summary>The maximum nesting depth of a condition (32).</summary>
    public const int MaxDepth = 32;

    /// <summary>The maximum number of nodes in a condition (256).</summary>
    public const int MaxNodes = 256;

    /// <summary>The maximum window length in days (3650).</summary>
    public const int MaxWindowDays = 3650;

    /// <summary>The maximum length of a text literal in characters (64).</summary>
    public const int MaxTextLiteralLength = 64;
}
