namespace PeerSupport.Rules.Evaluation;

/// <summary>
/// A three-valued (Kleene) truth value. Unknown carries a tag: <see cref="UnknownAbsent"/> when every unknown that decided
/// it was absent (not applicable), otherwise <see cref="UnknownMissing"/>.
/// </summary>
public enum TruthValue
{
    /// <summary>False.</summary>
    False = 0,

    /// <summary>True.</summary>
    True = 1,

    /// <summary>Unknown because data are absent (not applicable).</summary>
    UnknownAbsent = 2,

    /// <summary>Unknown because data exist but are incomplete.</summary>
    UnknownMissing = 3,
}
