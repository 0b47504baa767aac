using Microsoft.Extensions.Options;

namespace PeerSupport.Analytics.Cohorts;

/// <summary>
/// Validates <see cref="CohortComparisonOptions"/> (for example in an options pipeline that validates on start): source-generated from
/// the data annotations on the options.
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
[OptionsValidator]
public sealed partial class CohortComparisonOptionsValidator : IValidateOptions<CohortComparisonOptions>;
