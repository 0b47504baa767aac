using PeerSupport.Analytics.Privacy;
using PeerSupport.Domain;

namespace PeerSupport.Analytics.Cohorts;

/// <summary>Outcomes and retention of the members of all groups with one facilitation model. Cohort level: no member ids. Immutable and thread-safe.</summary>
public sealed record FacilitationModelCohort
{
    internal FacilitationModelCohort()
    {
    }

    /// <summary>Gets the facilitation model.</summary>
    public FacilitationModel Model { get; internal init; }

    /// <summary>Gets the number of groups with this model; ≥ 0.</summary>
    public int Groups { get; internal init; }

    /// <summary>Gets the members who joined by the as-of date.</summary>
    public ReportCell Members { get; internal init; }

    /// <summary>Gets the members with a PHQ-9 before and after who attended enough sessions.</summary>
    public ReportCell MembersWithOutcome { get; internal init; }

    /// <summary>Gets the mean first PHQ-9 of those members.</summary>
    public ReportCell MeanBaseline { get; internal init; }

    /// <summary>Gets the mean PHQ-9 change, last − first (negative = improvement).</summary>
    public ReportCell MeanChange { get; internal init; }

    /// <summary>Gets Cohen's d_z of the change (negative = improvement).</summary>
    public ReportCell EffectSizeDz { get; internal init; }

    /// <summary>Gets the Kaplan–Meier probability of not having dropped out by the horizon.</summary>
    public ReportCell RetainedAtHorizon { get; internal init; }

    /// <summary>Gets the dropouts on or before the horizon (never shown; disclosure control reads it).</summary>
    internal int DropoutsByHorizon { get; init; }
}
