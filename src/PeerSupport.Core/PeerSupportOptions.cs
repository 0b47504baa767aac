using System.ComponentModel.DataAnnotations;
using PeerSupport.Facilitation;

namespace PeerSupport;

/// <summary>Options of the PeerSupport services registered by <see cref="PeerSupportServiceCollectionExtensions.AddPeerSupport"/>.</summary>
public sealed class PeerSupportOptions
{
    /// <summary>Gets or sets how long a recent referral suppresses a new recommendation to the same target, in days. The default value is 14 days.</summary>
    [Range(0, 365)]
    public int CooldownDays { get; set; } = 14;

    /// <summary>Gets or sets how recent an assessment must be for its facts to exist, in days. The default value is 30 days.</summary>
    [Range(1, 3650)]
    public int AssessmentWindowDays { get; set; } = 30;

    /// <summary>Gets or sets the IANA or Windows id of the time zone used to turn an instant into the as-of date. The default value is "UTC".</summary>
    [Required]
    public string TimeZoneId { get; set; } = "UTC";

    /// <summary>Gets the facilitation policy requirements. The default value has the defaults of <see cref="FacilitationPolicyOptions"/>.</summary>
    [Microsoft.Extensions.Options.ValidateObjectMembers]
    public FacilitationPolicyOptions Facilitation { get; } = new();
}
