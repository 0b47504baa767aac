using Microsoft.Extensions.Options;

namespace PeerSupport.Analytics.GroupHealth;

/// <summary>
/// Validates <see cref="GroupHealthOptions"/> (for example in an options pipeline that validates on start):
/// source-generated from the data annotations, the nested <see cref="GroupHealthOptions.TalkingTherapies"/> thresholds
/// included, plus the options' own <see cref="System.ComponentModel.DataAnnotations.IValidatableObject"/> check.
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
[OptionsValidator]
public sealed partial class GroupHealthOptionsValidator : IValidateOptions<GroupHealthOptions>;
