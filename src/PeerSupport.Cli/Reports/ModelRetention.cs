using PeerSupport.Analytics.GroupHealth;
using PeerSupport.Analytics.Privacy;
using PeerSupport.Domain;

namespace PeerSupport.Cli.Reports;

/// <summary>The Kaplan–Meier retention curve (event = dropped out) of the members of one facilitation model.</summary>
/// <param name="Model">The facilitation model.</param>
/// <param name="Members">The members who had joined by the as-of date, as a published cell.</param>
/// <param name="IsSuppressed">Whether the curve is not shown (its retention figure is suppressed or not defined).</param>
/// <param name="Curve">The coarsened curve's steps (empty when suppressed); the step at the horizon is the published retention figure.</param>
internal sealed record ModelRetention(FacilitationModel Model, ReportCell Members, bool IsSuppressed, IReadOnlyList<RetentionPoint> Curve);
