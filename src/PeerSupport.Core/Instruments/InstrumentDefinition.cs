namespace PeerSupport.Instruments;

/// <summary>
/// The immutable definition of an instrument: items and their range, reverse keying, total range, severity bands,
/// cutoffs, flags, reliable change, subscales, the missing-item rule, an optional transformed score, a licence note
/// and a source. Carries no item text. Immutable and thread-safe; compared by value.
/// </summary>
/// <remarks>
/// Build one with <see cref="InstrumentDefinitionBuilder"/> or load one with <see cref="InstrumentDefinitionJson"/>;
/// the built-ins are on <see cref="BuiltInInstruments"/>. Missing-item rule: the total is the sum of the items (after
/// reverse keying); with missing items it is prorated (mean of answered × item count, rounded half away from zero)
/// only when at most <see cref="MaxProratedItems"/> are missing and none of them is a flag item; otherwise it is
/// unknown.
/// </remarks>
public sealed partial class InstrumentDefinition : IEquatable<InstrumentDefinition>
{
    // Indexed by 1-based item number: lookups on the scoring hot path without searching lists.
    private readonly bool[] _isReverseKeyed;
    private readonly bool[] _isFlagItem;
    private readonly OutcomeLists<FlagResult> _flagResults;
    private readonly OutcomeLists<CutoffResult> _cutoffResults;

    internal InstrumentDefinition(InstrumentDefinitionBuilder builder)
    {
        Id = builder.Id;
        Name = builder.Name;
        ItemCount = builder.ItemCount;
        ItemMin = builder.ItemMin;
        ItemMax = builder.ItemMax;
        ReverseKeyedItems = builder.ReverseKeyedItems.Order().ToArray().AsReadOnly();
        HasTotal = builder.HasTotal;
        MinimumAnswered = builder.MinimumAnswered;
        MaxProratedItems = builder.MaxProratedItems;
        Bands = builder.Bands.ToArray().AsReadOnly();
        Cutoffs = builder.Cutoffs.ToArray().AsReadOnly();
        Flags = builder.Flags.ToArray().AsReadOnly();
        Subscales = builder.Subscales.ToArray().AsReadOnly();
        ReliableChange = builder.ReliableChange;
        HigherIsBetter = builder.HigherIsBetter;
        Transform = builder.Transform;
        Licence = builder.Licence;
        Source = builder.Source;
        FlagItems = Flags.SelectMany(f => f.Items).Distinct().Order().ToArray().AsReadOnly();
        _isReverseKeyed = new bool[ItemCount + 1];
        foreach (var item in ReverseKeyedItems)
        {
            _isReverseKeyed[item] = true;
        }

        _isFlagItem = new bool[ItemCount + 1];
        foreach (var item in FlagItems)
        {
            _isFlagItem[item] = true;
        }

        _flagResults = new OutcomeLists<FlagResult>(Flags.Count, (i, state) => new FlagResult(Flags[i], (FlagState)state));
        _cutoffResults = new OutcomeLists<CutoffResult>(Cutoffs.Count, (i, state) => new CutoffResult(Cutoffs[i], state switch { 0 => null, 1 => false, _ => true }));
    }

    /// <summary>Gets the instrument id.</summary>
    public InstrumentId Id { get; }

    /// <summary>Gets the display name.</summary>
    public string Name { get; }

    /// <summary>Gets the number of items, 1 to 100.</summary>
    public int ItemCount { get; }

    /// <summary>Gets the lowest answer of every item.</summary>
    public int ItemMin { get; }

    /// <summary>Gets the highest answer of every item.</summary>
    public int ItemMax { get; }

    /// <summary>Gets the 1-based reverse-keyed items in ascending order (answer a counts as <see cref="ItemMin"/> + <see cref="ItemMax"/> − a).</summary>
    public IReadOnlyList<int> ReverseKeyedItems { get; }

    /// <summary>Gets a value indicating whether the instrument has a total; when not, only subscales and flags are scored.</summary>
    public bool HasTotal { get; }

    /// <summary>Gets the lowest possible total (item count × <see cref="ItemMin"/>).</summary>
    public int TotalMin => ItemCount * ItemMin;

    /// <summary>Gets the highest possible total (item count × <see cref="ItemMax"/>).</summary>
    public int TotalMax => ItemCount * ItemMax;

    /// <summary>Gets the minimum number of answered items for any score (total or subscale); 0 means no minimum.</summary>
    public int MinimumAnswered { get; }

    /// <summary>Gets how many missing items may be prorated; missing flag items are never prorated.</summary>
    public int MaxProratedItems { get; }

    /// <summary>Gets the severity bands in ascending order: contiguous and covering [<see cref="TotalMin"/>, <see cref="TotalMax"/>]; empty when the instrument has none.</summary>
    public IReadOnlyList<SeverityBand> Bands { get; }

    /// <summary>Gets the named cutoffs on the raw total.</summary>
    public IReadOnlyList<InstrumentCutoff> Cutoffs { get; }

    /// <summary>Gets the flags.</summary>
    public IReadOnlyList<InstrumentFlag> Flags { get; }

    /// <summary>Gets the 1-based flag items (the items of every flag) in ascending order: never imputed.</summary>
    public IReadOnlyList<int> FlagItems { get; }

    /// <summary>Gets the subscales.</summary>
    public IReadOnlyList<SubscaleDefinition> Subscales { get; }

    /// <summary>
    /// Gets the reliable-change value in units of the reported score (<see cref="Transform"/> when set, else the raw
    /// total), or <see langword="null"/> when none is established.
    /// </summary>
    public double? ReliableChange { get; }

    /// <summary>Gets a value indicating whether a higher total is better (WHO-5, BARC-10) rather than worse (PHQ-9, GAD-7, K10, ...).</summary>
    public bool HigherIsBetter { get; }

    /// <summary>Gets the transformed score reported beside the total, or <see langword="null"/>.</summary>
    public ScoreTransform? Transform { get; }

    /// <summary>Gets the licence note; may be empty.</summary>
    public string Licence { get; }

    /// <summary>Gets the source citation; may be empty.</summary>
    public string Source { get; }

    /// <summary>Returns the band a total falls in.</summary>
    /// <param name="total">A total in [<see cref="TotalMin"/>, <see cref="TotalMax"/>].</param>
    /// <returns>The band, or <see langword="null"/> when the instrument has no bands.</returns>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when <paramref name="total"/> is outside the total range.</exception>
    public SeverityBand? BandFor(int total)
    {
        if (total < TotalMin || total > TotalMax)
        {
            throw new ArgumentOutOfRangeException(nameof(total), total, TotalRangeMessage(total));
        }

        // Indexed rather than foreach: enumerating the interface would allocate an enumerator per score.
        for (var i = 0; i < Bands.Count; i++)
        {
            if (Bands[i].Contains(total))
            {
                return Bands[i];
            }
        }

        return null;
    }

    /// <summary>Returns a builder holding a copy of this definition, for a host that needs other settings (for example other limits).</summary>
    /// <returns>A new builder.</returns>
    public InstrumentDefinitionBuilder ToBuilder()
    {
        var builder = new InstrumentDefinitionBuilder
        {
            Id = Id,
            Name = Name,
            ItemCount = ItemCount,
            ItemMin = ItemMin,
            ItemMax = ItemMax,
            HasTotal = HasTotal,
            MinimumAnswered = MinimumAnswered,
            MaxProratedItems = MaxProratedItems,
            ReliableChange = ReliableChange,
            HigherIsBetter = HigherIsBetter,
            Transform = Transform,
            Licence = Licence,
            Source = Source,
        };
        foreach (var item in ReverseKeyedItems)
        {
            builder.ReverseKeyedItems.Add(item);
        }

        foreach (var band in Bands)
        {
            builder.Bands.Add(band);
        }

        foreach (var cutoff in Cutoffs)
        {
            builder.Cutoffs.Add(cutoff);
        }

        foreach (var flag in Flags)
        {
            builder.Flags.Add(flag);
        }

        foreach (var subscale in Subscales)
        {
            builder.Subscales.Add(subscale);
        }

        return builder;
    }

    /// <summary>Returns a copy with another limit on prorated items.</summary>
    /// <param name="maxProratedItems">How many missing non-flag items may be prorated, 0 to the item count − 1.</param>
    /// <returns>The copy.</returns>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when <paramref name="maxProratedItems"/> is out of range.</exception>
    public InstrumentDefinition WithMaxProratedItems(int maxProratedItems)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(maxProratedItems);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(maxProratedItems, ItemCount - 1);
        var builder = ToBuilder();
        builder.MaxProratedItems = maxProratedItems;
        return builder.Build();
    }

    /// <summary>
    /// Classifies the change from a baseline total to a later total against <see cref="ReliableChange"/>, on the
    /// reported scale (the transformed score when there is one). A change of exactly the reliable-change value counts
    /// (for example a PHQ-9 drop of 6 is a reliable improvement); <see cref="HigherIsBetter"/> decides the direction.
    /// </summary>
    /// <param name="baselineTotal">The earlier raw total, in [<see cref="TotalMin"/>, <see cref="TotalMax"/>].</param>
    /// <param name="latestTotal">The later raw total, in [<see cref="TotalMin"/>, <see cref="TotalMax"/>].</param>
    /// <returns>The classification; <see cref="ChangeClassification.NotEstablished"/> when there is no reliable-change value.</returns>
    /// <exception cref="InvalidOperationException">Thrown when the instrument has no total.</exception>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when a total is out of range.</exception>
    public ChangeClassification ClassifyChange(int baselineTotal, int latestTotal)
    {
        if (!HasTotal)
        {
            throw new InvalidOperationException($"{Id} has no total score");
        }

        if (baselineTotal < TotalMin || baselineTotal > TotalMax)
        {
            throw new ArgumentOutOfRangeException(nameof(baselineTotal), baselineTotal, TotalRangeMessage(baselineTotal));
        }

        if (latestTotal < TotalMin || latestTotal > TotalMax)
        {
            throw new ArgumentOutOfRangeException(nameof(latestTotal), latestTotal, TotalRangeMessage(latestTotal));
        }

        if (ReliableChange is not { } threshold)
        {
            return ChangeClassification.NotEstablished;
        }

        var change = Transform is { } transform ? transform.Apply(latestTotal) - transform.Apply(baselineTotal) : latestTotal - baselineTotal;
        var improvement = HigherIsBetter ? change : -change;

        // A tiny tolerance so that 2.5 raw WHO-5 points × 4 compares equal to 10 percentage points.
        const double Tolerance = 1e-9;
        return improvement >= threshold - Tolerance ? ChangeClassification.ReliableImprovement
            : -improvement >= threshold - Tolerance ? ChangeClassification.ReliableDeterioration
            : ChangeClassification.NoReliableChange;
    }

    /// <summary>Classifies the change between two scores of this instrument; <see cref="ChangeClassification.Unknown"/> when either total is unknown.</summary>
    /// <param name="baseline">The earlier score.</param>
    /// <param name="latest">The later score.</param>
    /// <returns>The classification.</returns>
    /// <exception cref="ArgumentNullException">Thrown when a score is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">Thrown when a score is of another instrument.</exception>
    /// <exception cref="InvalidOperationException">Thrown when the instrument has no total.</exception>
    public ChangeClassification ClassifyChange(InstrumentScore baseline, InstrumentScore latest)
    {
        ArgumentNullException.ThrowIfNull(baseline);
        ArgumentNullException.ThrowIfNull(latest);
        if (baseline.Instrument != Id)
        {
            throw new ArgumentException($"The baseline is a {baseline.Instrument} score, not {Id}.", nameof(baseline));
        }

        if (latest.Instrument != Id)
        {
            throw new ArgumentException($"The latest is a {latest.Instrument} score, not {Id}.", nameof(latest));
        }

        if (!HasTotal)
        {
            throw new InvalidOperationException($"{Id} has no total score");
        }

        return baseline.Total is { } b && latest.Total is { } l ? ClassifyChange(b, l) : ChangeClassification.Unknown;
    }

    /// <inheritdoc/>
    public bool Equals(InstrumentDefinition? other)
    {
        if (ReferenceEquals(this, other))
        {
            return true;
        }

        return other is not null
            && Id == other.Id
            && string.Equals(Name, other.Name, StringComparison.Ordinal)
            && ItemCount == other.ItemCount
            && ItemMin == other.ItemMin
            && ItemMax == other.ItemMax
            && ReverseKeyedItems.SequenceEqual(other.ReverseKeyedItems)
            && HasTotal == other.HasTotal
            && MinimumAnswered == other.MinimumAnswered
            && MaxProratedItems == other.MaxProratedItems
            && Bands.SequenceEqual(other.Bands)
            && Cutoffs.SequenceEqual(other.Cutoffs)
            && Flags.SequenceEqual(other.Flags)
            && Subscales.SequenceEqual(other.Subscales)
            && Nullable.Equals(ReliableChange, other.ReliableChange)
            && HigherIsBetter == other.HigherIsBetter
            && Equals(Transform, other.Transform)
            && string.Equals(Licence, other.Licence, StringComparison.Ordinal)
            && string.Equals(Source, other.Source, StringComparison.Ordinal);
    }

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as InstrumentDefinition);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Id, ItemCount, ItemMin, ItemMax, MaxProratedItems, Bands.Count);

    /// <summary>Returns the instrument id.</summary>
    /// <returns>The id text.</returns>
    public override string ToString() => Id.ToString();

    private string TotalRangeMessage(int total) => FormattableString.Invariant($"{Id} total must be {TotalMin}–{TotalMax}, was {total}");
}
