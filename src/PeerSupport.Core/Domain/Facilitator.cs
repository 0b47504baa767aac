using System.Text.Json.Serialization;

namespace PeerSupport.Domain;

/// <summary>A person who facilitates sessions, in one role, with an optional credential. Compared by <see cref="Id"/>.</summary>
public sealed class Facilitator : IEquatable<Facilitator>
{
    /// <summary>Initializes a new facilitator.</summary>
    /// <param name="id">The facilitator's identifier (pseudonymous like member ids).</param>
    /// <param name="role">The facilitation role.</param>
    /// <param name="credential">The credential held for the role, or <see langword="null"/> when none is recorded.</param>
    /// <exception cref="ArgumentException">Thrown when the role is undefined.</exception>
    [JsonConstructor]
    public Facilitator(FacilitatorId id, FacilitatorRole role, Credential? credential = null)
    {
        Guard.NotDefault(id, "A facilitator id", nameof(id));
        Guard.Defined(role, "The facilitator role", nameof(role));
        Id = id;
        Role = role;
        Credential = credential;
    }

    /// <summary>Gets the identifier.</summary>
    public FacilitatorId Id { get; }

    /// <summary>Gets the role.</summary>
    public FacilitatorRole Role { get; }

    /// <summary>Gets the credential, or <see langword="null"/>.</summary>
    public Credential? Credential { get; }

    /// <summary>
    /// Returns whether the facilitator holds a recorded credential for their role that is valid on
    /// <paramref name="date"/>: the facilitator counts as trained for the role on that date.
    /// </summary>
    /// <param name="date">The date.</param>
    /// <returns><see langword="true"/> when trained and in date.</returns>
    public bool IsTrainedOn(DateOnly date) => Credential is { } c && c.Scope == Role && c.IsValidOn(date);

    /// <summary>Returns whether the recorded credential has an expiry date before <paramref name="date"/> (a credential is valid through its expiry date).</summary>
    /// <param name="date">The date.</param>
    /// <returns><see langword="true"/> when a credential is recorded and expired on that date.</returns>
    public bool IsCredentialExpiredOn(DateOnly date) => Credential?.ExpiresOn is { } expiresOn && expiresOn < date;

    /// <summary>
    /// Returns whether the facilitator counts as a licensed clinician on <paramref name="date"/>: role
    /// licensed clinician and a licence not expired on that date (no expiry recorded = not expired, as the rule language defines).
    /// </summary>
    /// <param name="date">The date.</param>
    /// <returns><see langword="true"/> when a licensed clinician in date.</returns>
    public bool IsLicensedClinicianOn(DateOnly date) => Role == FacilitatorRole.LicensedClinician && !IsCredentialExpiredOn(date);

    /// <summary>Returns a copy holding another credential (e.g. a renewal).</summary>
    /// <param name="credential">The credential.</param>
    /// <returns>The new facilitator.</returns>
    public Facilitator WithCredential(Credential? credential) => new(Id, Role, credential);

    /// <inheritdoc/>
    public bool Equals(Facilitator? other) => other is not null && Id == other.Id;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Facilitator);

    /// <inheritdoc/>
    public override int GetHashCode() => Id.GetHashCode();

    /// <summary>Returns the facilitator id.</summary>
    public override string ToString() => Id.Value;
}
