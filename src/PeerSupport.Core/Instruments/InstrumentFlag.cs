namespace PeerSupport.Instruments;

/// <summary>
/// A flag an assessment can raise, such as PHQ-9 item 9 ≥ 1 (same-day safety check) or WHO-5 raw total ≤ 12 or
/// any item ≤ 1 (assess for depression). The flag is raised when any listed item meets <see cref="ItemThreshold"/>
/// or the total meets <see cref="TotalThreshold"/>. Immutable and thread-safe; compared by value.
/// </summary>
/// <remarks>The listed <see cref="Items"/> are the instrument's flag items: they are never imputed, so a missing
/// flag item leaves the total unknown and the flag unknown (never "no risk").</remarks>
public sealed class InstrumentFlag : IEquatable<InstrumentFlag>
{
    /// <summary>Initializes a new flag.</summary>
    /// <param name="name">The name: 1 to 40 lower-case ASCII letters, digits or '-', starting with a letter.</param>
    /// <param name="meaning">What a raised flag asks for, for example <c>same-day safety check</c>: 1 to 200 characters.</param>
    /// <param name="items">The 1-based flag items (distinct); empty when the flag looks only at the total.</param>
    /// <param name="itemThreshold">The threshold on each flag item's raw answer; required exactly when <paramref name="items"/> is not empty.</param>
    /// <param name="totalThreshold">The threshold on the raw total, or <see langword="null"/>.</param>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="items"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">Thrown when a rule above is broken; the message names it.</exception>
    public InstrumentFlag(string name, string meaning, IEnumerable<int> items, Threshold? itemThreshold, Threshold? totalThreshold)
    {
        ArgumentNullException.ThrowIfNull(items);
        Names.ThrowIf(Names.CheckKey(name), "A flag name", nameof(name));
        Names.ThrowIf(Names.CheckText(meaning, InstrumentCutoff.MaxMeaningLength), "A flag meaning", nameof(meaning));
        var list = items.ToArray();
        Names.ThrowIf(Names.CheckItemNumbers(list, allowEmpty: true), "A flag's items", nameof(items));
        if (list.Length > 0 && itemThreshold is null)
        {
            throw new ArgumentException("A flag with items needs an item threshold.", nameof(itemThreshold));
        }

        if (list.Length == 0 && itemThreshold is not null)
        {
            throw new ArgumentException("A flag with an item threshold needs at least one item.", nameof(items));
        }

        if (list.Length == 0 && totalThreshold is null)
        {
            throw new ArgumentException("A flag needs items with an item threshold, a total threshold, or both.", nameof(totalThreshold));
        }

        Array.Sort(list);
        Name = name;
        Meaning = meaning;
        Items = list.AsReadOnly();
        ItemThreshold = itemThreshold;
        TotalThreshold = totalThreshold;
    }

    /// <summary>Gets the name, for example <c>safety-check</c>.</summary>
    public string Name { get; }

    /// <summary>Gets what a raised flag asks for.</summary>
    public string Meaning { get; }

    /// <summary>Gets the 1-based flag items in ascending order; empty when the flag looks only at the total.</summary>
    public IReadOnlyList<int> Items { get; }

    /// <summary>Gets the threshold on each flag item's raw answer, or <see langword="null"/> when there are no flag items.</summary>
    public Threshold? ItemThreshold { get; }

    /// <summary>Gets the threshold on the raw total, or <see langword="null"/>.</summary>
    public Threshold? TotalThreshold { get; }

    /// <inheritdoc/>
    public bool Equals(InstrumentFlag? other)
        => other is not null && string.Equals(Name, other.Name, StringComparison.Ordinal)
            && string.Equals(Meaning, other.Meaning, StringComparison.Ordinal) && Items.SequenceEqual(other.Items)
            && ItemThreshold == other.ItemThreshold && TotalThreshold == other.TotalThreshold;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as InstrumentFlag);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(StringComparer.Ordinal.GetHashCode(Name), Items.Count, ItemThreshold, TotalThreshold);

    /// <summary>Returns the flag name and meaning.</summary>
    /// <returns>The flag text.</returns>
    public override string ToString() => $"{Name}: {Meaning}";
}
