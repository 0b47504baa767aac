using System.Collections.Immutable;
using System.Text.Json.Serialization;
using PeerSupport.Instruments;

namespace PeerSupport.Domain;

/// <summary>
/// One completed instrument (PHQ-9, GAD-7, ...) as recorded: item answers and/or a total. This is the
/// raw record; a dataset scores it with the instrument's definition (see
/// <see cref="Datasets.ScoredAssessment"/>). Compared by value.
/// </summary>
public sealed class Assessment : IEquatable<Assessment>
{
    /// <summary>The maximum number of items an assessment may carry.</summary>
    public const int MaxItems = 200;

    /// <summary>Initializes a new assessment.</summary>
    /// <param name="memberId">The member who answered.</param>
    /// <param name="instrument">The instrument.</param>
    /// <param name="date">The date it was completed.</param>
    /// <param name="items">The item answers in item order (<see langword="null"/> = unanswered); empty when only a total was recorded. Trailing unanswered items are dropped.</param>
    /// <param name="total">The total as recorded, or <see langword="null"/>. When items are given they are the source of truth and this must agree with them.</param>
    /// <exception cref="ArgumentException">Thrown when neither items nor a total is given, or there are more than <see cref="MaxItems"/> items.</exception>
    [JsonConstructor]
    public Assessment(MemberId memberId, InstrumentId instrument, DateOnly date, ImmutableArray<int?> items = default, int? total = null)
    {
        Guard.NotDefault(memberId, "A member id", nameof(memberId));
        if (instrument.Value.Length == 0)
        {
            throw new ArgumentException("The instrument must not be the default (empty) id.", nameof(instrument));
        }

        items = items.IsDefault ? [] : items;

        // Trailing unanswered items carry no information (scoring pads to the instrument's item count), and
        // trimming them makes records read from CSV, JSON or code compare equal.
        var length = items.Length;
        while (length > 0 && items[length - 1] is null)
        {
            length--;
        }

        items = length == items.Length ? items : items[..length];
        if (items.Length > MaxItems)
        {
            throw new ArgumentException($"An assessment may have at most {MaxItems} items, had {items.Length}.", nameof(items));
        }

        if (total is null && items.All(i => i is null))
        {
            throw new ArgumentException($"An assessment of {instrument} needs at least one item answer or a total.", nameof(items));
        }

        MemberId = memberId;
        Instrument = instrument;
        Date = date;
        Items = items;
        Total = total;
    }

    /// <summary>Gets the member who answered.</summary>
    public MemberId MemberId { get; }

    /// <summary>Gets the instrument.</summary>
    public InstrumentId Instrument { get; }

    /// <summary>Gets the completion date.</summary>
    public DateOnly Date { get; }

    /// <summary>Gets the item answers up to the last one answered (<see langword="null"/> = unanswered); empty when only a total was recorded.</summary>
    public ImmutableArray<int?> Items { get; }

    /// <summary>Gets the total as recorded, or <see langword="null"/>.</summary>
    public int? Total { get; }

    /// <summary>Gets a value indicating whether any item answer was recorded.</summary>
    [JsonIgnore]
    public bool HasItems => Items.Any(i => i is not null);

    /// <inheritdoc/>
    public bool Equals(Assessment? other)
        => other is not null && MemberId == other.MemberId && Instrument == other.Instrument && Date == other.Date
           && Total == other.Total && Items.AsSpan().SequenceEqual(other.Items.AsSpan());

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Assessment);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(MemberId, Instrument, Date, Total, Items.Length);

    /// <summary>Returns "member instrument date".</summary>
    public override string ToString() => $"{MemberId} {Instrument} {Date:yyyy-MM-dd}";
}
