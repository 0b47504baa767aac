using System.Diagnostics;
using System.Globalization;

namespace PeerSupport.Instruments;

public sealed partial class InstrumentDefinition
{
    /// <summary>Scores an assessment from its item answers.</summary>
    /// <param name="items">One answer per item in order, <see langword="null"/> where unanswered; each answer in [<see cref="ItemMin"/>, <see cref="ItemMax"/>].</param>
    /// <returns>The score; its total is unknown (with the reason) when the missing-item rule does not allow one.</returns>
    /// <exception cref="ArgumentException">Thrown when the number of answers is not <see cref="ItemCount"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when an answer is out of range; the message names the instrument, item and range, for example "PHQ-9 item 9 must be 0–3, was 4".</exception>
    public InstrumentScore Score(ReadOnlySpan<int?> items)
    {
        if (items.Length != ItemCount)
        {
            throw new ArgumentException(CountMessage(items.Length), nameof(items));
        }

        for (var i = 0; i < items.Length; i++)
        {
            if (items[i] is { } value && (value < ItemMin || value > ItemMax))
            {
                throw new ArgumentOutOfRangeException(nameof(items), value, ItemMessage(i + 1, value));
            }
        }

        return ScoreValid(items.ToArray());
    }

    /// <summary>Scores an assessment from its item answers without throwing on bad input, for bulk loaders.</summary>
    /// <param name="items">One answer per item in order, <see langword="null"/> where unanswered.</param>
    /// <returns>The score, or every error found (wrong item count, each out-of-range answer).</returns>
    public ScoringResult TryScore(ReadOnlySpan<int?> items)
    {
        if (items.Length != ItemCount)
        {
            return new ScoringResult(null, [new ScoringError(Id, null, CountMessage(items.Length))]);
        }

        var errors = CheckItems(items);
        return errors is null ? new ScoringResult(ScoreValid(items.ToArray()), []) : new ScoringResult(null, errors.AsReadOnly());
    }

    /// <summary>
    /// Scores answers the caller hands over, for bulk loaders: the score keeps <paramref name="items"/> as its
    /// own (it must never change afterwards), so nothing is copied or wrapped on the way.
    /// </summary>
    /// <param name="items">Exactly <see cref="ItemCount"/> answers, <see langword="null"/> where unanswered.</param>
    /// <param name="errors">Each out-of-range answer, as <see cref="TryScore"/> reports them; <see langword="null"/> when scored.</param>
    /// <returns>The score, or <see langword="null"/> when an answer is out of range.</returns>
    internal InstrumentScore? TryScoreOwned(int?[] items, out List<ScoringError>? errors)
    {
        Debug.Assert(items.Length == ItemCount, "The caller pads the answers to the item count.");
        errors = CheckItems(items);
        return errors is null ? ScoreValid(items) : null;
    }

    private List<ScoringError>? CheckItems(ReadOnlySpan<int?> items)
    {
        List<ScoringError>? errors = null;
        for (var i = 0; i < items.Length; i++)
        {
            if (items[i] is { } value && (value < ItemMin || value > ItemMax))
            {
                (errors ??= []).Add(new ScoringError(Id, i + 1, ItemMessage(i + 1, value)));
            }
        }

        return errors;
    }

    /// <summary>Scores an assessment recorded as a total only: every item fact is unknown.</summary>
    /// <param name="total">The raw total, in [<see cref="TotalMin"/>, <see cref="TotalMax"/>].</param>
    /// <returns>The score; flags on items are unknown unless a condition on the total raises them; subscales are unknown.</returns>
    /// <exception cref="InvalidOperationException">Thrown when the instrument has no total (<see cref="HasTotal"/> is <see langword="false"/>).</exception>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when <paramref name="total"/> is out of range, for example "PHQ-9 total must be 0–27, was 28".</exception>
    public InstrumentScore ScoreTotal(int total)
    {
        if (!HasTotal)
        {
            throw new InvalidOperationException(NoTotalMessage);
        }

        if (total < TotalMin || total > TotalMax)
        {
            throw new ArgumentOutOfRangeException(nameof(total), total, TotalRangeMessage(total));
        }

        return ScoreTotalValid(total);
    }

    /// <summary>Scores a total-only assessment without throwing on bad input, for bulk loaders.</summary>
    /// <param name="total">The raw total.</param>
    /// <returns>The score, or the error (no total for this instrument, or total out of range).</returns>
    public ScoringResult TryScoreTotal(int total)
    {
        if (!HasTotal)
        {
            return new ScoringResult(null, [new ScoringError(Id, null, NoTotalMessage)]);
        }

        return total < TotalMin || total > TotalMax
            ? new ScoringResult(null, [new ScoringError(Id, null, TotalRangeMessage(total))])
            : new ScoringResult(ScoreTotalValid(total), []);
    }

    private string NoTotalMessage => $"{Id} has no total score";

    private string CountMessage(int count) => FormattableString.Invariant($"{Id} expects {ItemCount} items, was {count}");

    private string ItemMessage(int itemNumber, int value) => FormattableString.Invariant($"{Id} item {itemNumber} must be {ItemMin}–{ItemMax}, was {value}");

    private int Keyed(int itemNumber, int value) => _isReverseKeyed[itemNumber] ? ItemMin + ItemMax - value : value;

    private static IReadOnlyList<T> Wrap<T>(T[] values) => values.Length == 0 ? Array.Empty<T>() : values.AsReadOnly();

    private InstrumentScore ScoreTotalValid(int total)
    {
        var subscales = new SubscaleScore[Subscales.Count];
        for (var i = 0; i < subscales.Length; i++)
        {
            subscales[i] = new SubscaleScore(Subscales[i], null, 0, "items unknown (total-only assessment)");
        }

        return new InstrumentScore(this, [], 0, isTotalOnly: true, total, null, isProrated: false, Wrap(subscales), FlagResults(null, total));
    }

    private InstrumentScore ScoreValid(int?[] items)
    {
        var answered = 0;
        long keyedSum = 0;
        var missingFlagItems = 0;
        for (var i = 0; i < items.Length; i++)
        {
            if (items[i] is { } value)
            {
                answered++;
                keyedSum += Keyed(i + 1, value);
            }
            else if (_isFlagItem[i + 1])
            {
                missingFlagItems++;
            }
        }

        var missing = items.Length - answered;
        var tooFew = answered < MinimumAnswered
            ? FormattableString.Invariant($"only {answered} {Plural(answered, "item")} answered, at least {MinimumAnswered} required")
            : null;

        int? total = null;
        string? reason = null;
        var prorated = false;
        if (!HasTotal)
        {
            reason = NoTotalMessage;
        }
        else if (tooFew is not null)
        {
            reason = tooFew;
        }
        else if (missing == 0)
        {
            total = checked((int)keyedSum);
        }
        else if (missingFlagItems > 0 || missing > MaxProratedItems)
        {
            reason = UnknownTotalReason(items, missing, missingFlagItems);
        }
        else
        {
            // Mean of the answered items × item count, rounded half away from zero; decimal keeps .5 exact.
            total = (int)Math.Round((decimal)keyedSum * ItemCount / answered, MidpointRounding.AwayFromZero);
            prorated = true;
        }

        var subscales = new SubscaleScore[Subscales.Count];
        for (var i = 0; i < subscales.Length; i++)
        {
            subscales[i] = ScoreSubscale(Subscales[i], items, tooFew);
        }

        return new InstrumentScore(this, items, answered, isTotalOnly: false, total, reason, prorated, Wrap(subscales), FlagResults(items, total));
    }

    /// <summary>Gets the (shared) results of the flags for the answers and total of one assessment.</summary>
    private IReadOnlyList<FlagResult> FlagResults(int?[]? items, int? total)
    {
        Span<byte> states = Flags.Count <= 64 ? stackalloc byte[Flags.Count] : new byte[Flags.Count];
        for (var i = 0; i < states.Length; i++)
        {
            states[i] = (byte)EvaluateFlag(Flags[i], items, total);
        }

        return _flagResults.Get(states);
    }

    /// <summary>Gets the (shared) results of the cutoffs for a total, all unknown when the total is.</summary>
    internal IReadOnlyList<CutoffResult> CutoffResults(int? total)
    {
        Span<byte> states = Cutoffs.Count <= 64 ? stackalloc byte[Cutoffs.Count] : new byte[Cutoffs.Count];
        for (var i = 0; i < states.Length; i++)
        {
            states[i] = total is { } t ? (byte)(Cutoffs[i].Threshold.IsMetBy(t) ? 2 : 1) : (byte)0;
        }

        return _cutoffResults.Get(states);
    }

    private string UnknownTotalReason(int?[] items, int missing, int missingFlagItems)
    {
        // Both reasons are given when both apply: the flag-item one matters for safety reviews.
        var reasons = new List<string>(2);
        if (missing > MaxProratedItems)
        {
            var limit = MaxProratedItems == 0 ? "none may be prorated" : FormattableString.Invariant($"at most {MaxProratedItems} may be prorated");
            reasons.Add(FormattableString.Invariant($"{missing} {Plural(missing, "item")} missing, {limit}"));
        }

        if (missingFlagItems > 0)
        {
            var numbers = Enumerable.Range(1, items.Length).Where(n => items[n - 1] is null && _isFlagItem[n]).Select(n => n.ToString(CultureInfo.InvariantCulture));
            reasons.Add($"flag {Plural(missingFlagItems, "item")} {string.Join(", ", numbers)} missing");
        }

        return string.Join("; ", reasons);
    }

    private SubscaleScore ScoreSubscale(SubscaleDefinition subscale, int?[] items, string? tooFew)
    {
        var answered = 0;
        long sum = 0;
        for (var k = 0; k < subscale.Items.Count; k++)
        {
            var itemNumber = subscale.Items[k];
            if (items[itemNumber - 1] is { } value)
            {
                answered++;
                sum += Keyed(itemNumber, value);
            }
        }

        if (tooFew is not null)
        {
            return new SubscaleScore(subscale, null, answered, tooFew);
        }

        if (answered < subscale.MinimumAnswered)
        {
            var reason = FormattableString.Invariant($"{answered} of {subscale.Items.Count} items answered, at least {subscale.MinimumAnswered} required");
            return new SubscaleScore(subscale, null, answered, reason);
        }

        var mean = (double)sum / answered;
        var value2 = subscale.Aggregation == SubscaleAggregation.Mean ? mean : answered == subscale.Items.Count ? sum : mean * subscale.Items.Count;
        return new SubscaleScore(subscale, value2, answered, null);
    }

    private static FlagState EvaluateFlag(InstrumentFlag flag, int?[]? items, int? total)
    {
        // Kleene "or" over the item conditions and the total condition: raised wins, then unknown.
        var anyUnknown = false;
        if (flag.ItemThreshold is { } itemThreshold)
        {
            for (var k = 0; k < flag.Items.Count; k++)
            {
                var itemNumber = flag.Items[k];
                if (items?[itemNumber - 1] is { } value)
                {
                    if (itemThreshold.IsMetBy(value))
                    {
                        return FlagState.Raised;
                    }
                }
                else
                {
                    anyUnknown = true;
                }
            }
        }

        if (flag.TotalThreshold is { } totalThreshold)
        {
            if (total is { } t)
            {
                if (totalThreshold.IsMetBy(t))
                {
                    return FlagState.Raised;
                }
            }
            else
            {
                anyUnknown = true;
            }
        }

        return anyUnknown ? FlagState.Unknown : FlagState.NotRaised;
    }

    private static string Plural(int count, string word) => count == 1 ? word : word + "s";
}
