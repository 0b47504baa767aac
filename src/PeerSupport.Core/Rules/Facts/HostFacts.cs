using System.Collections.Frozen;

namespace PeerSupport.Rules.Facts;

/// <summary>
/// Functions a host registers for extra facts it declared in its <see cref="Language.FactSchema"/> (with
/// <see cref="Language.FactSchema.WithFact"/>). A declared fact with no function fails the rules that read it (needs review).
/// </summary>
/// <remarks>Immutable and thread-safe; <c>With*</c> methods return new registries.</remarks>
public sealed class HostFacts
{
    private HostFacts(FrozenDictionary<string, MemberFactFunction> member, FrozenDictionary<string, GroupFactFunction> group)
    {
        Member = member;
        Group = group;
    }

    /// <summary>Gets the empty registry.</summary>
    public static HostFacts None { get; } = new(FrozenDictionary<string, MemberFactFunction>.Empty, FrozenDictionary<string, GroupFactFunction>.Empty);

    internal FrozenDictionary<string, MemberFactFunction> Member { get; }

    internal FrozenDictionary<string, GroupFactFunction> Group { get; }

    /// <summary>Returns a registry with a member fact function.</summary>
    /// <param name="name">The fact name as declared in the schema.</param>
    /// <param name="function">The function.</param>
    /// <returns>The new registry.</returns>
    /// <exception cref="ArgumentNullException">Thrown when an argument is null.</exception>
    public HostFacts WithMemberFact(string name, MemberFactFunction function)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(function);
        var copy = new Dictionary<string, MemberFactFunction>(Member, StringComparer.Ordinal) { [name] = function };
        return new HostFacts(copy.ToFrozenDictionary(StringComparer.Ordinal), Group);
    }

    /// <summary>Returns a registry with a group fact function.</summary>
    /// <param name="name">The fact name as declared in the schema.</param>
    /// <param name="function">The function.</param>
    /// <returns>The new registry.</returns>
    /// <exception cref="ArgumentNullException">Thrown when an argument is null.</exception>
    public HostFacts WithGroupFact(string name, GroupFactFunction function)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(function);
        var copy = new Dictionary<string, GroupFactFunction>(Group, StringComparer.Ordinal) { [name] = function };
        return new HostFacts(Member, copy.ToFrozenDictionary(StringComparer.Ordinal));
    }
}
