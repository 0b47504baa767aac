namespace PeerSupport.Domain;

/// <summary>
/// A member's consent flags. <see langword="null"/> means "not recorded", which is treated as no
/// consent by <see cref="MayShareScores"/> and <see cref="MayUseForResearch"/>.
/// The default value records nothing.
/// </summary>
/// <param name="ShareScores">Consent to share assessment scores with a licensed co-facilitator.</param>
/// <param name="Research">Consent to use the member's pseudonymous data in research.</param>
public readonly record struct Consent(bool? ShareScores, bool? Research)
{
    /// <summary>Gets a value indicating whether scores may be shared with a licensed co-facilitator (explicit consent only).</summary>
    public bool MayShareScores => ShareScores == true;

    /// <summary>Gets a value indicating whether the data may be used in research (explicit consent only).</summary>
    public bool MayUseForResearch => Research == true;
}
