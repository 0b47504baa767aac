namespace PeerSupport.Facilitation;

/// <summary>A kind of gap between how a group was facilitated and what the <see cref="FacilitationPolicy"/> requires.</summary>
public enum FacilitationGapKind
{
    /// <summary>A session with no facilitator recorded.</summary>
    NoFacilitator,

    /// <summary>A session at which no facilitator held a recorded, in-date credential for their role.</summary>
    NoTrainedFacilitator,

    /// <summary>A session of an elevated-acuity group without a licensed clinician whose licence was in date.</summary>
    ElevatedAcuityWithoutLicensedClinician,

    /// <summary>A session of a professional-led group without a licensed clinician whose licence was in date.</summary>
    ProfessionalLedWithoutLicensedClinician,

    /// <summary>A session of a co-facilitated group without both a peer (peer facilitator or certified peer specialist) and a licensed clinician.</summary>
    IncompleteCoFacilitation,

    /// <summary>A facilitator led a session after their credential for the role had expired.</summary>
    ExpiredCredential,

    /// <summary>A facilitator of the group holds a credential that expires within the warning period after the as-of date.</summary>
    CredentialExpiringSoon,

    /// <summary>More active members than the group's capacity on a session date.</summary>
    OverCapacity,

    /// <summary>More active members per facilitator present than the policy allows.</summary>
    TooManyMembersPerFacilitator,
}
