using Microsoft.Extensions.Options;

namespace PeerSupport.Rules;

/// <summary>
/// Validates <see cref="ReferralEngineOptions"/> for the options pipeline (validate on start): source-generated from the
/// data annotations, plus the options' own <see cref="System.ComponentModel.DataAnnotations.IValidatableObject"/> check.
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
[OptionsValidator]
public sealed partial class ReferralEngineOptionsValidator : IValidateOptions<ReferralEngineOptions>;
