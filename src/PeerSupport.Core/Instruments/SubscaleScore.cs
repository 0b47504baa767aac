using System.Globalization;

namespace PeerSupport.Instruments;

/// <summary>A subscale's score in one assessment, or why it is unknown. Immutable.</summary>
public sealed class SubscaleScore
{
    internal SubscaleScore(SubscaleDefinition subscale, double? value, int answeredCount, string? unknownReason)
    {
        Subscale = subscale;
        Value = value;
        AnsweredCount = answeredCount;
        UnknownReason = unknownReason;
    }

    /// <summary>Gets the subscale definition.</summary>
    public SubscaleDefinition Subscale { get; }

    /// <summary>Gets the score (after reverse keying; not rounded), or <see langword="null"/> when unknown.</summary>
    public double? Value { get; }

    /// <summary>Gets how many of the subscale's items were answered (0 for a total-only assessment).</summary>
    public int AnsweredCount { get; }

    /// <summary>Gets why the score is unknown, or <see langword="null"/> when it is known.</summary>
    public string? UnknownReason { get; }

    /// <summary>Returns the subscale name and value or reason (invariant culture).</summary>
    /// <returns>The text.</returns>
    public override string ToString()
        => Value is { } value ? string.Create(CultureInfo.InvariantCulture, $"{Subscale.Name} = {value}") : $"{Subscale.Name}: unknown ({UnknownReason})";
}
