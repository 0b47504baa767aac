using Microsoft.Extensions.Options;

namespace PeerSupport;

/// <summary>Checks that <see cref="PeerSupportOptions.TimeZoneId"/> names a time zone this machine knows and that the nested facilitation options are in range.</summary>
internal sealed class PeerSupportTimeZoneValidator : IValidateOptions<PeerSupportOptions>
{
    public ValidateOptionsResult Validate(string? name, PeerSupportOptions options)
    {
        var failures = new List<string>();
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(options.TimeZoneId ?? string.Empty, out _))
        {
            failures.Add($"PeerSupportOptions.TimeZoneId: '{options.TimeZoneId}' is not a time zone known to this machine.");
        }

        if (options.Facilitation.CredentialExpiryWarningDays is < 0 or > 3650)
        {
            failures.Add($"PeerSupportOptions.Facilitation.CredentialExpiryWarningDays must be 0-3650, was {options.Facilitation.CredentialExpiryWarningDays}.");
        }

        if (options.Facilitation.MaxMembersPerFacilitator is < 1 or > 1000)
        {
            failures.Add($"PeerSupportOptions.Facilitation.MaxMembersPerFacilitator must be 1-1000, was {options.Facilitation.MaxMembersPerFacilitator}.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
