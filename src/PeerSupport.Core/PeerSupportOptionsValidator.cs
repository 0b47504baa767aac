using Microsoft.Extensions.Options;

namespace PeerSupport;

/// <summary>Validates <see cref="PeerSupportOptions"/> (source-generated from the data annotations, plus the time zone and the nested facilitation options).</summary>
[OptionsValidator]
public sealed partial class PeerSupportOptionsValidator : IValidateOptions<PeerSupportOptions>;
