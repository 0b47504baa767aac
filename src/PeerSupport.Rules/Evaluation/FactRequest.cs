using PeerSupport.Rules.Language;

namespace PeerSupport.Rules.Evaluation;

/// <summary>
/// One fact read by a compiled rule set, resolved at load time: the declared fact, its argument, a canonical
/// <see cref="Key"/> and a <see cref="Slot"/> index unique within the compiled rule set (so readers may cache by slot).
/// </summary>
/// <remarks>Immutable; passing it does not allocate.</remarks>
public readonly struct FactRequest : IEquatable<FactRequest>
{
    internal FactRequest(FactDefinition definition, int? windowDays, string? argument, string key, int slot)
    {
        Definition = definition;
        WindowDays = windowDays;
        Argument = argument;
        Key = key;
        Slot = slot;
    }

    /// <summary>Gets the declared fact.</summary>
    public FactDefinition Definition { get; }

    /// <summary>Gets the fact name, e.g. <c>phq9.item9</c>.</summary>
    public string Name => Definition.Name;

    /// <summary>Gets the window in days (facts with a window argument and counters), or <see langword="null"/>.</summary>
    public int? WindowDays { get; }

    /// <summary>Gets the text argument (target facts), or <see langword="null"/>.</summary>
    public string? Argument { get; }

    /// <summary>
    /// Gets the canonical key, written as in condition text: <c>phq9.item9</c>, <c>referral.open('licensed_clinician')</c>,
    /// <c>sessions.withoutLicensedClinician(30d)</c>, <c>count(incidents.crisis_disclosure, 7d)</c>. Keys of a <see cref="FactSet"/> use this form.
    /// </summary>
    public string Key { get; }

    /// <summary>Gets the slot index in [0, number of distinct facts of the compiled rule set).</summary>
    public int Slot { get; }

    /// <summary>Compares two requests by key.</summary>
    public static bool operator ==(FactRequest left, FactRequest right) => left.Equals(right);

    /// <summary>Compares two requests by key.</summary>
    public static bool operator !=(FactRequest left, FactRequest right) => !left.Equals(right);

    /// <inheritdoc/>
    public bool Equals(FactRequest other) => string.Equals(Key, other.Key, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is FactRequest other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => Key is null ? 0 : StringComparer.Ordinal.GetHashCode(Key);

    /// <summary>Returns the key.</summary>
    /// <returns>The key.</returns>
    public override string ToString() => Key ?? string.Empty;
}
