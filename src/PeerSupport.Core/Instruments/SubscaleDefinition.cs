namespace PeerSupport.Instruments;

/// <summary>
/// A subscale of an instrument: a named set of items combined by sum or mean, valid when at least
/// <see cref="MinimumAnswered"/> of its items are answered. Immutable and thread-safe; compared by value.
/// </summary>
public sealed class SubscaleDefinition : IEquatable<SubscaleDefinition>
{
    /// <summary>Initializes a new subscale.</summary>
    /// <param name="name">The name: 1 to 40 lower-case ASCII letters, digits or '-', starting with a letter.</param>
    /// <param name="items">The 1-based items (at least one, distinct).</param>
    /// <param name="aggregation">How the answered items are combined.</param>
    /// <param name="minimumAnswered">The minimum number of answered items, 1 to the number of items.</param>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="items"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">Thrown when <paramref name="name"/> or <paramref name="items"/> breaks a rule.</exception>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when <paramref name="aggregation"/> is not defined or <paramref name="minimumAnswered"/> is out of range.</exception>
    public SubscaleDefinition(string name, IEnumerable<int> items, SubscaleAggregation aggregation, int minimumAnswered)
    {
        ArgumentNullException.ThrowIfNull(items);
        Names.ThrowIf(Names.CheckKey(name), "A subscale name", nameof(name));
        var list = items.ToArray();
        Names.ThrowIf(Names.CheckItemNumbers(list, allowEmpty: false), "A subscale's items", nameof(items));
        if (!Enum.IsDefined(aggregation))
        {
            throw new ArgumentOutOfRangeException(nameof(aggregation), aggregation, "A subscale aggregation must be Sum or Mean.");
        }

        if (minimumAnswered < 1 || minimumAnswered > list.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(minimumAnswered), minimumAnswered, $"A subscale's minimum answered items must be 1–{list.Length}, was {minimumAnswered}.");
        }

        Array.Sort(list);
        Name = name;
        Items = list.AsReadOnly();
        Aggregation = aggregation;
        MinimumAnswered = minimumAnswered;
    }

    /// <summary>Gets the name, for example <c>engaged</c>.</summary>
    public string Name { get; }

    /// <summary>Gets the 1-based items in ascending order.</summary>
    public IReadOnlyList<int> Items { get; }

    /// <summary>Gets how the answered items are combined.</summary>
    public SubscaleAggregation Aggregation { get; }

    /// <summary>Gets the minimum number of answered items for the subscale to have a score.</summary>
    public int MinimumAnswered { get; }

    /// <inheritdoc/>
    public bool Equals(SubscaleDefinition? other)
        => other is not null && string.Equals(Name, other.Name, StringComparison.Ordinal) && Items.SequenceEqual(other.Items)
            && Aggregation == other.Aggregation && MinimumAnswered == other.MinimumAnswered;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as SubscaleDefinition);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(StringComparer.Ordinal.GetHashCode(Name), Items.Count, Aggregation, MinimumAnswered);

    /// <summary>Returns the subscale name.</summary>
    /// <returns>The name.</returns>
    public override string ToString() => Name;
}
