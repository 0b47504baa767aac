using Microsoft.Extensions.Options;

namespace PeerSupport.Rules;

/// <summary>Validates <see cref="ReferralEngineOptions"/> for the options pipeline (validate on start).</summary>
/// <remarks>Stateless and thread-safe.</remarks>
public sealed class ReferralEngineOptionsValidator : IValidateOptions<ReferralEngineOptions>
{
    /// <inheritdoc/>
    public ValidateOptionsResult Validate(string? name, ReferralEngineOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var errors = options.Validate();
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
