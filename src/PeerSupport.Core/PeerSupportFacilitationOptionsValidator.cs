using Microsoft.Extensions.Options;

namespace PeerSupport;

/// <summary>Checks that the nested facilitation options are in range (the source-generated validator covers the annotated members).</summary>
internal sealed class PeerSupportFacilitationOptionsValidator : IValidateOptions<PeerSupportOptions>
{
    public ValidateOptionsResult Validate(string? name, PeerSupportOptions options)
    {
        var failures = new List<string>();
        if (options.Facilitation.CredentialExpiryWarningDays is < 0 or > 3650)
        {
            failures.Add($"PeerSupportOptions.Facilitation.CredentialExpiryWarningDays must be 0–3650, was {options.Facilitation.CredentialExpiryWarningDays}.");
        }

        if (options.Facilitation.MaxMembersPerFacilitator is < 1 or > 1000)
        {
            failures.Add($"PeerSupportOptions.Facilitation.MaxMembersPerFacilitator must be 1–1000, was {options.Facilitation.MaxMembersPerFacilitator}.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
