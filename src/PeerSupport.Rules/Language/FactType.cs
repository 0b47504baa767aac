namespace PeerSupport.Rules.Language;

/// <summary>The type of a fact or of an expression.</summary>
public enum FactType
{
    /// <summary>A number (counts, totals, days, rates).</summary>
    Number,

    /// <summary>A boolean.</summary>
    Boolean,

    /// <summary>A text from a closed set of lower snake_case values.</summary>
    Text,
}
