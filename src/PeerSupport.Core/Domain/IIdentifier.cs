namespace PeerSupport.Domain;

/// <summary>
/// An opaque, pseudonymous identifier. Implemented by the identifier value types of the domain
/// (<see cref="MemberId"/>, <see cref="GroupId"/>, ...).
/// </summary>
/// <typeparam name="TSelf">The identifier type itself.</typeparam>
public interface IIdentifier<TSelf> : IEquatable<TSelf>, IComparable<TSelf>
    where TSelf : struct, IIdentifier<TSelf>
{
    /// <summary>Gets the identifier text. Never <see langword="null"/> for a value made by <see cref="Create"/>.</summary>
    string Value { get; }

    /// <summary>Creates an identifier, validating its text.</summary>
    /// <param name="value">The identifier text: 1 to 64 characters, no white space at either end, no control characters, commas, semicolons or quotes.</param>
    /// <returns>The identifier.</returns>
    /// <exception cref="ArgumentException">Thrown when <paramref name="value"/> breaks a rule; the message names the rule.</exception>
    static abstract TSelf Create(string value);
}
