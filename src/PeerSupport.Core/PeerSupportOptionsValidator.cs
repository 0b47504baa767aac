using Microsoft.Extensions.Options;

namespace PeerSupport;

/// <summary>
/// Validates <see cref="PeerSupportOptions"/>: source-generated from the data annotations, including those of the nested
/// <see cref="PeerSupportOptions.Facilitation"/> options (<c>[ValidateObjectMembers]</c>).
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
[OptionsValidator]
public sealed partial class PeerSupportOptionsValidator : IValidateOptions<PeerSupportOptions>;
