using Microsoft.Extensions.Options;

namespace PeerSupport.Analytics.Change;

/// <summary>
/// Validates <see cref="TalkingTherapiesThresholds"/> (for example in an options pipeline that validates on start):
/// source-generated from the data annotations on the thresholds.
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
[OptionsValidator]
public sealed partial class TalkingTherapiesThresholdsValidator : IValidateOptions<TalkingTherapiesThresholds>;
