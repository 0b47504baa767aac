using PeerSupport.Analytics.Privacy;

namespace PeerSupport.Analytics.GroupHealth;

/// <summary>
/// Outcomes from each counted member's first and last PHQ-9 (and GAD-7 for the NHS Talking Therapies categories) on or
/// before the as-of date: Jacobson–Truax categories, NHS categories and the pre/post effect size. Every count is a cell.
/// Immutable and thread-safe.
/// </summary>
public sealed record OutcomeSummary
{
    internal OutcomeSummary()
    {
    }

    /// <summary>Gets the members with a PHQ-9 before and after (on different dates, both totals known) who attended enough sessions.</summary>
    public ReportCell Members { get; internal init; }

    /// <summary>Gets the mean PHQ-9 change, last − first (negative = fewer symptoms), as a cell.</summary>
    public ReportCell MeanChange { get; internal init; }

    /// <summary>Gets Cohen's d_z of the change, mean / SD of the changes (negative = improvement), as a cell; undefined when the SD is 0.</summary>
    public ReportCell EffectSizeDz { get; internal init; }

    /// <summary>Gets the Jacobson–Truax recovered count.</summary>
    public ReportCell Recovered { get; internal init; }

    /// <summary>Gets the Jacobson–Truax improved (reliably, not recovered) count.</summary>
    public ReportCell Improved { get; internal init; }

    /// <summary>Gets the Jacobson–Truax unchanged count.</summary>
    public ReportCell Unchanged { get; internal init; }

    /// <summary>Gets the Jacobson–Truax deteriorated count.</summary>
    public ReportCell Deteriorated { get; internal init; }

    /// <summary>Gets (recovered + improved − deteriorated) / members, in [−1, 1], as a cell.</summary>
    public ReportCell NetReliableImprovement { get; internal init; }

    /// <summary>Gets the members with a PHQ-9 and a GAD-7 before and after (for the NHS categories).</summary>
    public ReportCell TalkingTherapiesMembers { get; internal init; }

    /// <summary>Gets the NHS count of cases at the start (PHQ-9 or GAD-7 at or above caseness).</summary>
    public ReportCell CasesAtStart { get; internal init; }

    /// <summary>Gets the NHS recovery rate: recovered / cases at the start, in [0, 1], as a cell.</summary>
    public ReportCell RecoveryRate { get; internal init; }

    /// <summary>Gets the NHS reliable-improvement count.</summary>
    public ReportCell ReliablyImproved { get; internal init; }

    /// <summary>Gets the NHS reliable-recovery count.</summary>
    public ReportCell ReliablyRecovered { get; internal init; }

    /// <summary>Gets the NHS reliable-deterioration count.</summary>
    public ReportCell ReliablyDeteriorated { get; internal init; }
}
