using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace PeerSupport.Instruments;

/// <summary>
/// Mutable builder of an immutable <see cref="InstrumentDefinition"/>. <see cref="Build"/> and <see cref="TryBuild"/>
/// check every rule and report all problems at once, each with the JSON pointer of the offending value (the same
/// names the JSON format uses). Not thread-safe.
/// </summary>
public sealed class InstrumentDefinitionBuilder
{
    /// <summary>The maximum number of items (100).</summary>
    public const int MaxItemCount = 100;

    /// <summary>The largest absolute item value allowed (1000).</summary>
    public const int MaxItemMagnitude = 1000;

    /// <summary>The maximum length of the name in characters (100).</summary>
    public const int MaxNameLength = 100;

    /// <summary>The maximum length of the licence note and of the source citation in characters (500).</summary>
    public const int MaxNoteLength = 500;

    /// <summary>Gets or sets the instrument id. Required.</summary>
    public InstrumentId Id { get; set; }

    /// <summary>Gets or sets the display name: 1 to 100 characters. Required.</summary>
    public string Name { get; set; } = string.Empty;

    /// <summary>Gets or sets the number of items, 1 to 100. Required.</summary>
    public int ItemCount { get; set; }

    /// <summary>Gets or sets the lowest answer of every item, −1000 to 1000. The default value is 0.</summary>
    public int ItemMin { get; set; }

    /// <summary>Gets or sets the highest answer of every item, greater than <see cref="ItemMin"/>, at most 1000.</summary>
    public int ItemMax { get; set; }

    /// <summary>Gets the 1-based items scored in reverse (answer a counts as min + max − a). The default is none.</summary>
    public IList<int> ReverseKeyedItems { get; } = [];

    /// <summary>Gets or sets a value indicating whether the instrument has a total (the sum of its items). The default value is <see langword="true"/>.</summary>
    public bool HasTotal { get; set; } = true;

    /// <summary>Gets or sets the minimum number of answered items for any score (total or subscale), 0 to the item count. The default value is 0.</summary>
    public int MinimumAnswered { get; set; }

    /// <summary>Gets or sets how many missing (non-flag) items may be prorated, 0 to the item count − 1. The default value is 0.</summary>
    public int MaxProratedItems { get; set; }

    /// <summary>Gets the severity bands in ascending order: contiguous, non-overlapping, covering the total range. The default is none.</summary>
    public IList<SeverityBand> Bands { get; } = [];

    /// <summary>Gets the named cutoffs on the total (names distinct, values inside the total range). The default is none.</summary>
    public IList<InstrumentCutoff> Cutoffs { get; } = [];

    /// <summary>Gets the flags (names distinct, items and thresholds in range). The default is none.</summary>
    public IList<InstrumentFlag> Flags { get; } = [];

    /// <summary>Gets the subscales (names distinct, items in range). The default is none.</summary>
    public IList<SubscaleDefinition> Subscales { get; } = [];

    /// <summary>
    /// Gets or sets the reliable-change value, greater than 0, in units of the reported score (the transformed score
    /// when there is a <see cref="Transform"/>, else the total); <see langword="null"/> (the default) when none is established.
    /// </summary>
    public double? ReliableChange { get; set; }

    /// <summary>
    /// Gets or sets a value indicating whether a higher total is better (well-being, recovery capital) rather than
    /// worse (symptoms, distress). Decides which direction counts as improvement. The default value is <see langword="false"/>.
    /// </summary>
    public bool HigherIsBetter { get; set; }

    /// <summary>Gets or sets the transformed score reported beside the total, or <see langword="null"/> (the default).</summary>
    public ScoreTransform? Transform { get; set; }

    /// <summary>Gets or sets the licence note: at most 500 characters. The default is empty.</summary>
    public string Licence { get; set; } = string.Empty;

    /// <summary>Gets or sets the source citation: at most 500 characters. The default is empty.</summary>
    public string Source { get; set; } = string.Empty;

    /// <summary>Builds the definition.</summary>
    /// <returns>The immutable definition.</returns>
    /// <exception cref="InvalidOperationException">Thrown when the builder breaks any rule; the message lists every problem with its JSON pointer.</exception>
    public InstrumentDefinition Build()
    {
        if (!TryBuild(out var definition, out var problems))
        {
            throw new InvalidOperationException("The instrument definition is invalid: " + string.Join("; ", problems));
        }

        return definition;
    }

    /// <summary>Builds the definition without throwing.</summary>
    /// <param name="definition">The definition when every rule holds; otherwise <see langword="null"/>.</param>
    /// <param name="problems">Every problem found; empty on success.</param>
    /// <returns><see langword="true"/> when the definition was built.</returns>
    public bool TryBuild([NotNullWhen(true)] out InstrumentDefinition? definition, out IReadOnlyList<Problem> problems)
    {
        var found = Validate();
        problems = found;
        definition = found.Count == 0 ? new InstrumentDefinition(this) : null;
        return definition is not null;
    }

    private List<Problem> Validate()
    {
        var problems = new List<Problem>();
        void Add(string pointer, string code, string message) => problems.Add(Problem.AtPointer(code, pointer, message));
        string Inv(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);

        if (Id == default)
        {
            Add("/id", "missing-property", "id is required");
        }

        if (Names.CheckText(Name, MaxNameLength) is { } nameProblem)
        {
            Add("/name", "invalid-value", "name " + nameProblem);
        }

        var itemsValid = true;
        if (ItemCount < 1 || ItemCount > MaxItemCount)
        {
            Add("/items", "out-of-range", Inv($"items must be 1–{MaxItemCount}, was {ItemCount}"));
            itemsValid = false;
        }

        if (Math.Abs(ItemMin) > MaxItemMagnitude)
        {
            Add("/itemMin", "out-of-range", Inv($"itemMin must be −{MaxItemMagnitude}–{MaxItemMagnitude}, was {ItemMin}"));
            itemsValid = false;
        }

        if (Math.Abs(ItemMax) > MaxItemMagnitude)
        {
            Add("/itemMax", "out-of-range", Inv($"itemMax must be −{MaxItemMagnitude}–{MaxItemMagnitude}, was {ItemMax}"));
            itemsValid = false;
        }
        else if (ItemMax <= ItemMin)
        {
            Add("/itemMax", "out-of-range", Inv($"itemMax must be greater than itemMin ({ItemMin}), was {ItemMax}"));
            itemsValid = false;
        }

        CheckItemList(ReverseKeyedItems.ToArray(), "/reverseKeyed", itemsValid, problems);

        if (MinimumAnswered < 0 || (itemsValid && MinimumAnswered > ItemCount))
        {
            Add("/minimumAnswered", "out-of-range", Inv($"minimumAnswered must be 0–{Math.Max(ItemCount, 0)}, was {MinimumAnswered}"));
        }

        if (MaxProratedItems < 0 || (itemsValid && MaxProratedItems > ItemCount - 1))
        {
            Add("/maxProratedItems", "out-of-range", Inv($"maxProratedItems must be 0–{Math.Max(ItemCount - 1, 0)}, was {MaxProratedItems}"));
        }

        var totalMin = ItemCount * ItemMin;
        var totalMax = ItemCount * ItemMax;
        if (!HasTotal)
        {
            if (Bands.Count > 0)
            {
                Add("/bands", "invalid-value", "an instrument without a total has no bands");
            }

            if (Cutoffs.Count > 0)
            {
                Add("/cutoffs", "invalid-value", "an instrument without a total has no cutoffs");
            }

            if (ReliableChange is not null)
            {
                Add("/reliableChange", "invalid-value", "an instrument without a total has no reliable-change value");
            }

            if (Transform is not null)
            {
                Add("/transform", "invalid-value", "an instrument without a total has no transformed score");
            }
        }

        var labels = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < Bands.Count; i++)
        {
            var band = Bands[i];
            var at = Inv($"/bands/{i}");
            if (band is null)
            {
                Add(at, "invalid-value", "a band must not be null");
                continue;
            }

            if (!labels.Add(band.Label))
            {
                Add(at + "/label", "duplicate-name", $"band labels must be distinct: '{band.Label}' is used twice");
            }

            if (!itemsValid || !HasTotal)
            {
                continue;
            }

            if (i == 0 && band.Lower != totalMin)
            {
                Add(at + "/lower", "invalid-value", Inv($"the first band must start at the minimum total: expected {totalMin}, was {band.Lower}"));
            }
            else if (i > 0 && Bands[i - 1] is { } previous && band.Lower != previous.Upper + 1)
            {
                Add(at + "/lower", "invalid-value", Inv($"bands must be contiguous: expected {previous.Upper + 1}, was {band.Lower}"));
            }

            if (i == Bands.Count - 1 && band.Upper != totalMax)
            {
                Add(at + "/upper", "invalid-value", Inv($"the last band must end at the maximum total: expected {totalMax}, was {band.Upper}"));
            }
        }

        var cutoffNames = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < Cutoffs.Count; i++)
        {
            var cutoff = Cutoffs[i];
            var at = Inv($"/cutoffs/{i}");
            if (cutoff is null)
            {
                Add(at, "invalid-value", "a cutoff must not be null");
                continue;
            }

            if (!cutoffNames.Add(cutoff.Name))
            {
                Add(at + "/name", "duplicate-name", $"cutoff names must be distinct: '{cutoff.Name}' is used twice");
            }

            if (itemsValid && HasTotal)
            {
                CheckThreshold(cutoff.Threshold, at + "/" + ThresholdProperty(string.Empty, cutoff.Threshold), "total", totalMin, totalMax, problems);
            }
        }

        var flagNames = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < Flags.Count; i++)
        {
            var flag = Flags[i];
            var at = Inv($"/flags/{i}");
            if (flag is null)
            {
                Add(at, "invalid-value", "a flag must not be null");
                continue;
            }

            if (!flagNames.Add(flag.Name))
            {
                Add(at + "/name", "duplicate-name", $"flag names must be distinct: '{flag.Name}' is used twice");
            }

            CheckItemList(flag.Items.ToArray(), at + "/items", itemsValid, problems);
            if (itemsValid && flag.ItemThreshold is { } itemThreshold)
            {
                CheckThreshold(itemThreshold, at + "/" + ThresholdProperty("item", itemThreshold), "item", ItemMin, ItemMax, problems);
            }

            if (flag.TotalThreshold is { } totalThreshold)
            {
                if (!HasTotal)
                {
                    Add(at + "/" + ThresholdProperty("total", totalThreshold), "invalid-value", "an instrument without a total has no flag on the total");
                }
                else if (itemsValid)
                {
                    CheckThreshold(totalThreshold, at + "/" + ThresholdProperty("total", totalThreshold), "total", totalMin, totalMax, problems);
                }
            }
        }

        if (ReliableChange is { } rc && (!double.IsFinite(rc) || rc <= 0))
        {
            Add("/reliableChange", "out-of-range", "reliableChange must be finite and greater than 0");
        }

        var subscaleNames = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < Subscales.Count; i++)
        {
            var subscale = Subscales[i];
            var at = Inv($"/subscales/{i}");
            if (subscale is null)
            {
                Add(at, "invalid-value", "a subscale must not be null");
                continue;
            }

            if (!subscaleNames.Add(subscale.Name))
            {
                Add(at + "/name", "duplicate-name", $"subscale names must be distinct: '{subscale.Name}' is used twice");
            }

            CheckItemList(subscale.Items.ToArray(), at + "/items", itemsValid, problems);
        }

        if (Licence is null || (Licence.Length > 0 && Names.CheckText(Licence, MaxNoteLength) is not null))
        {
            Add("/licence", "invalid-value", "licence " + (Names.CheckText(Licence, MaxNoteLength) ?? "must not be null"));
        }

        if (Source is null || (Source.Length > 0 && Names.CheckText(Source, MaxNoteLength) is not null))
        {
            Add("/source", "invalid-value", "source " + (Names.CheckText(Source, MaxNoteLength) ?? "must not be null"));
        }

        return problems;
    }

    internal static string ThresholdProperty(string prefix, Threshold threshold)
    {
        var word = threshold.Direction == ThresholdDirection.AtLeast ? "AtLeast" : "AtMost";
        return prefix.Length == 0 ? char.ToLowerInvariant(word[0]) + word[1..] : prefix + word;
    }

    private void CheckItemList(int[] items, string pointer, bool itemsValid, List<Problem> problems)
    {
        var seen = new HashSet<int>();
        for (var j = 0; j < items.Length; j++)
        {
            var item = items[j];
            var at = pointer + "/" + j.ToString(CultureInfo.InvariantCulture);
            if (item < 1 || (itemsValid && item > ItemCount))
            {
                problems.Add(Problem.AtPointer("out-of-range", at, string.Create(CultureInfo.InvariantCulture, $"item numbers must be 1–{ItemCount}, was {item}")));
            }
            else if (!seen.Add(item))
            {
                problems.Add(Problem.AtPointer("duplicate-item", at, string.Create(CultureInfo.InvariantCulture, $"item {item} is listed twice")));
            }
        }
    }

    private static void CheckThreshold(Threshold threshold, string pointer, string what, int min, int max, List<Problem> problems)
    {
        if (threshold.Value < min || threshold.Value > max)
        {
            problems.Add(Problem.AtPointer("out-of-range", pointer, string.Create(CultureInfo.InvariantCulture, $"a threshold on the {what} must be {min}–{max}, was {threshold.Value}")));
        }
    }
}
