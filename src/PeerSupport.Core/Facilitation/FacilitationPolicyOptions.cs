using System.ComponentModel.DataAnnotations;

namespace PeerSupport.Facilitation;

/// <summary>
/// What a facilitation policy requires. The defaults follow the co-facilitation model in docs/domain.md
/// (peer support is non-clinical; elevated acuity needs a licensed co-facilitator at every session).
/// Organisations should set them under their own clinical governance.
/// </summary>
public sealed class FacilitationPolicyOptions
{
    /// <summary>Gets or sets a value indicating whether every session needs at least one facilitator with a recorded, in-date credential for their role. The default value is <see langword="true"/>.</summary>
    public bool RequireTrainedFacilitator { get; set; } = true;

    /// <summary>Gets or sets a value indicating whether every session of an elevated-acuity group needs a licensed clinician. The default value is <see langword="true"/>.</summary>
    public bool ElevatedAcuityRequiresLicensedClinician { get; set; } = true;

    /// <summary>Gets or sets a value indicating whether every session of a professional-led group needs a licensed clinician. The default value is <see langword="true"/>.</summary>
    public bool ProfessionalLedRequiresLicensedClinician { get; set; } = true;

    /// <summary>Gets or sets a value indicating whether every session of a co-facilitated group needs both a peer and a licensed clinician. The default value is <see langword="true"/>.</summary>
    public bool CoFacilitationRequiresPeerAndClinician { get; set; } = true;

    /// <summary>Gets or sets a value indicating whether leading a session with an expired credential is a gap. The default value is <see langword="true"/>.</summary>
    public bool ReportExpiredCredentials { get; set; } = true;

    /// <summary>Gets or sets how many days ahead of the as-of date an expiring credential is reported; 0 turns the warning off. The default value is 30 days.</summary>
    [Range(0, 3650)]
    public int CredentialExpiryWarningDays { get; set; } = 30;

    /// <summary>Gets or sets a value indicating whether more active members than the group's capacity is a gap. The default value is <see langword="true"/>.</summary>
    public bool EnforceCapacity { get; set; } = true;

    /// <summary>Gets or sets the most active members per facilitator present, or <see langword="null"/> for no limit. The default value is <see langword="null"/>.</summary>
    [Range(1, 1000)]
    public int? MaxMembersPerFacilitator { get; set; }
}
