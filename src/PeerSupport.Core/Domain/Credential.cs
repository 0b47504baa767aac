using System.Text.Json.Serialization;

namespace PeerSupport.Domain;

/// <summary>
/// A facilitator's training certificate, certification or licence, with the role it qualifies for
/// and an optional expiry date. A credential is valid through its expiry date; with no expiry date
/// it never expires. Compared by value.
/// </summary>
public sealed class Credential : IEquatable<Credential>
{
    /// <summary>Initializes a new credential.</summary>
    /// <param name="name">What the credential is (e.g. "LCSW", "DBSA facilitator training"), 1–200 characters.</param>
    /// <param name="scope">The role the credential qualifies its holder for.</param>
    /// <param name="expiresOn">The last day the credential is valid, or <see langword="null"/> for no expiry.</param>
    /// <exception cref="ArgumentException">Thrown when the name is empty or too long, or the scope undefined.</exception>
    [JsonConstructor]
    public Credential(string name, FacilitatorRole scope, DateOnly? expiresOn = null)
    {
        Name = Guard.Text(name, "A credential name", 200, nameof(name));
        Guard.Defined(scope, "The credential scope", nameof(scope));
        Scope = scope;
        ExpiresOn = expiresOn;
    }

    /// <summary>Gets what the credential is.</summary>
    public string Name { get; }

    /// <summary>Gets the role the credential qualifies for.</summary>
    public FacilitatorRole Scope { get; }

    /// <summary>Gets the last valid day, or <see langword="null"/> for no expiry.</summary>
    public DateOnly? ExpiresOn { get; }

    /// <summary>Returns whether the credential is valid on <paramref name="date"/> (on or before its expiry date).</summary>
    /// <param name="date">The date.</param>
    /// <returns><see langword="true"/> when valid.</returns>
    public bool IsValidOn(DateOnly date) => ExpiresOn is null || date <= ExpiresOn;

    /// <inheritdoc/>
    public bool Equals(Credential? other)
        => other is not null && string.Equals(Name, other.Name, StringComparison.Ordinal) && Scope == other.Scope && ExpiresOn == other.ExpiresOn;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Credential);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(StringComparer.Ordinal.GetHashCode(Name), Scope, ExpiresOn);

    /// <summary>Returns the name, scope and expiry.</summary>
    public override string ToString() => ExpiresOn is { } e ? $"{Name} ({WireNames.Of(Scope)}, expires {e:yyyy-MM-dd})" : $"{Name} ({WireNames.Of(Scope)})";
}
