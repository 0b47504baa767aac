using System.Globalization;

namespace PeerSupport.Instruments;

/// <summary>
/// The scored result of one assessment: the total (or why it is unknown), whether it was prorated, the band,
/// cutoffs, subscales, flags and the item answers. Immutable and thread-safe.
/// </summary>
/// <remarks>
/// A total-only assessment (<see cref="InstrumentDefinition.ScoreTotal"/>) has no items: every item is unknown,
/// flags on items are <see cref="FlagState.Unknown"/> unless a total condition raises them, and subscales are unknown.
/// </remarks>
public sealed class InstrumentScore
{
    private readonly int?[] _items;

    internal InstrumentScore(
        InstrumentDefinition definition,
        int?[] items,
        int answeredCount,
        bool isTotalOnly,
        int? total,
        string? unknownReason,
        bool isProrated,
        IReadOnlyList<SubscaleScore> subscales,
        IReadOnlyList<FlagResult> flags)
    {
        Definition = definition;
        _items = items;
        Items = items.AsReadOnly();
        IsTotalOnly = isTotalOnly;
        Total = total;
        UnknownReason = unknownReason;
        IsProrated = isProrated;
        Subscales = subscales;
        Flags = flags;
        AnsweredCount = answeredCount;
        Band = total is { } t ? definition.BandFor(t) : null;
        TransformedTotal = total is { } tt && definition.Transform is { } transform ? transform.Apply(tt) : null;
        Cutoffs = definition.CutoffResults(total);
    }

    /// <summary>Gets the definition the assessment was scored with.</summary>
    public InstrumentDefinition Definition { get; }

    /// <summary>Gets the instrument id.</summary>
    public InstrumentId Instrument => Definition.Id;

    /// <summary>Gets the raw item answers (not reverse keyed), <see langword="null"/> where unanswered; empty for a total-only assessment.</summary>
    public IReadOnlyList<int?> Items { get; }

    /// <summary>Gets a value indicating whether only a total was given, so every item fact is unknown.</summary>
    public bool IsTotalOnly { get; }

    /// <summary>Gets how many items were answered (0 for a total-only assessment).</summary>
    public int AnsweredCount { get; }

    /// <summary>Gets the raw total, prorated when <see cref="IsProrated"/>; <see langword="null"/> when unknown (see <see cref="UnknownReason"/>).</summary>
    public int? Total { get; }

    /// <summary>Gets why the total is unknown (for example "2 items missing, at most 1 may be prorated"), or <see langword="null"/> when it is known.</summary>
    public string? UnknownReason { get; }

    /// <summary>Gets a value indicating whether missing items were imputed by prorating.</summary>
    public bool IsProrated { get; }

    /// <summary>Gets the severity band of the total, or <see langword="null"/> when the total is unknown or the instrument has no bands.</summary>
    public SeverityBand? Band { get; }

    /// <summary>Gets the transformed total (for example the WHO-5 percentage), or <see langword="null"/> when the total is unknown or there is no transform.</summary>
    public double? TransformedTotal { get; }

    /// <summary>Gets every cutoff of the instrument with whether the total meets it.</summary>
    public IReadOnlyList<CutoffResult> Cutoffs { get; }

    /// <summary>
    /// Gets whether the total meets the <c>caseness</c> cutoff: <see langword="null"/> when the total is unknown or the
    /// instrument has no caseness cutoff.
    /// </summary>
    public bool? IsCase => Cutoffs.FirstOrDefault(c => c.Cutoff.Name == InstrumentCutoff.CasenessName)?.IsMet;

    /// <summary>Gets every subscale's score.</summary>
    public IReadOnlyList<SubscaleScore> Subscales { get; }

    /// <summary>Gets every flag of the instrument with its state.</summary>
    public IReadOnlyList<FlagResult> Flags { get; }

    /// <summary>Gets the names of the raised flags, in definition order.</summary>
    public IReadOnlyList<string> RaisedFlags => Flags.Where(f => f.State == FlagState.Raised).Select(f => f.Flag.Name).ToArray();

    /// <summary>Returns the raw answer to an item.</summary>
    /// <param name="itemNumber">The 1-based item number, 1 to the item count.</param>
    /// <returns>The answer, or <see langword="null"/> when unanswered or the assessment is total-only.</returns>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when <paramref name="itemNumber"/> is outside 1 to the item count.</exception>
    public int? GetItem(int itemNumber)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(itemNumber, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(itemNumber, Definition.ItemCount);
        return IsTotalOnly ? null : _items[itemNumber - 1];
    }

    /// <summary>Returns the state of a flag.</summary>
    /// <param name="name">The flag name, for example <c>safety-check</c>.</param>
    /// <returns>The flag's state.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="name"/> is <see langword="null"/>.</exception>
    /// <exception cref="KeyNotFoundException">Thrown when the instrument has no flag of that name.</exception>
    public FlagState GetFlag(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return Flags.FirstOrDefault(f => f.Flag.Name == name)?.State
            ?? throw new KeyNotFoundException($"{Instrument} has no flag named '{name}'.");
    }

    /// <summary>Returns the score of a subscale.</summary>
    /// <param name="name">The subscale name.</param>
    /// <returns>The subscale score.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="name"/> is <see langword="null"/>.</exception>
    /// <exception cref="KeyNotFoundException">Thrown when the instrument has no subscale of that name.</exception>
    public SubscaleScore GetSubscale(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return Subscales.FirstOrDefault(s => s.Subscale.Name == name)
            ?? throw new KeyNotFoundException($"{Instrument} has no subscale named '{name}'.");
    }

    /// <summary>Returns a summary such as <c>PHQ-9 12 (moderate)</c> or <c>PHQ-9 unknown (flag item 9 missing)</c>.</summary>
    /// <returns>The summary (invariant culture).</returns>
    public override string ToString()
    {
        if (Total is not { } total)
        {
            return $"{Instrument} unknown ({UnknownReason})";
        }

        var text = string.Create(CultureInfo.InvariantCulture, $"{Instrument} {total}");
        if (IsProrated)
        {
            text += " prorated";
        }

        return Band is null ? text : $"{text} ({Band.Label})";
    }
}
