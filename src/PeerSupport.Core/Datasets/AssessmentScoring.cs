using System.Globalization;
using System.Runtime.InteropServices;
using PeerSupport.Domain;
using PeerSupport.Instruments;

namespace PeerSupport.Datasets;

/// <summary>
/// Scores a recorded assessment the way the dataset format requires: items are the source of truth; a total
/// given beside items must equal the total computed with the missing-item rule; a total alone is
/// accepted (item facts then unknown).
/// </summary>
internal static class AssessmentScoring
{
    public static InstrumentScore? Score(InstrumentDefinition definition, Assessment assessment, RecordLocation at, BuildContext context)
    {
        if (!assessment.HasItems)
        {
            return ScoreTotalOnly(definition, assessment.Total!.Value, at, context);
        }

        var recorded = assessment.Items.AsSpan();
        var ok = true;
        for (var i = definition.ItemCount; i < recorded.Length; i++)
        {
            if (recorded[i] is not null)
            {
                context.Error("out-of-range", $"{definition.Id} has {definition.ItemCount} items; item {i + 1} must be empty", at, ItemField(i + 1));
                ok = false;
            }
        }

        if (!ok)
        {
            return null;
        }

        // The score shares the assessment's (immutable) answers when they already have the instrument's length;
        // otherwise they are padded with unanswered items into an array of its own.
        int?[] items;
        if (recorded.Length == definition.ItemCount)
        {
            items = ImmutableCollectionsMarshal.AsArray(assessment.Items)!;
        }
        else
        {
            items = new int?[definition.ItemCount];
            recorded[..Math.Min(recorded.Length, items.Length)].CopyTo(items);
        }

        var score = definition.TryScoreOwned(items, out var errors);
        if (score is null)
        {
            foreach (var error in errors!)
            {
                context.Error("out-of-range", error.Message, at, error.ItemNumber is { } n ? ItemField(n) : "total");
            }

            return null;
        }

        if (assessment.Total is { } given)
        {
            if (score.Total is not { } computed)
            {
                context.Error("total-mismatch", $"{definition.Id} total {given} is given but the items' total cannot be computed ({score.UnknownReason})", at, "total");
                return null;
            }

            if (computed != given)
            {
                context.Error("total-mismatch", $"{definition.Id} total {given} disagrees with the items, which give {computed}{(score.IsProrated ? " (prorated)" : string.Empty)}", at, "total");
                return null;
            }
        }

        return score;
    }

    private static InstrumentScore? ScoreTotalOnly(InstrumentDefinition definition, int total, RecordLocation at, BuildContext context)
    {
        if (total < definition.TotalMin || total > definition.TotalMax)
        {
            context.Error("out-of-range", $"{definition.Id} total must be {definition.TotalMin}–{definition.TotalMax}, was {total}", at, "total");
            return null;
        }

        return definition.ScoreTotal(total);
    }

    private static string ItemField(int itemNumber) => "item_" + itemNumber.ToString(CultureInfo.InvariantCulture);
}
