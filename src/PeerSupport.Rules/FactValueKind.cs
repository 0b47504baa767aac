namespace PeerSupport.Rules;

/// <summary>What a <see cref="FactValue"/> holds.</summary>
public enum FactValueKind
{
    /// <summary>Not applicable: the data the fact is about do not exist (e.g. no PHQ-9 in the assessment window). The default.</summary>
    Absent = 0,

    /// <summary>Unknown: data exist but are incomplete (an item left blank, a total that cannot be scored).</summary>
    Missing,

    /// <summary>A number.</summary>
    Number,

    /// <summary>A boolean.</summary>
    Boolean,

    /// <summary>A text (an enum value in lower snake_case).</summary>
    Text,
}
