using PeerSupport.Analytics.GroupHealth;
using PeerSupport.Domain;

namespace PeerSupport.Cli.Reports;

/// <summary>The Kaplan–Meier retention curve (event = dropped out) of the members of one facilitation model.</summary>
/// <param name="Model">The facilitation model.</param>
/// <param name="Members">The members who had joined by the as-of date.</param>
/// <param name="IsSuppressed">Whether the curve describes fewer than k members and is not shown.</param>
/// <param name="Curve">The curve's steps while at least k members are at risk (empty when suppressed).</param>
internal sealed record ModelRetention(FacilitationModel Model, int Members, bool IsSuppressed, IReadOnlyList<RetentionPoint> Curve);
