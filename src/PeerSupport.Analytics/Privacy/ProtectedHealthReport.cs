using PeerSupport.Analytics.Cohorts;
using PeerSupport.Analytics.GroupHealth;

namespace PeerSupport.Analytics.Privacy;

/// <summary>A group-health report (and facilitation-model comparison) after <see cref="ReportDisclosureControl"/>: safe to publish as it is. Immutable.</summary>
/// <param name="Health">The protected group-health report.</param>
/// <param name="Cohorts">The protected comparison, or <see langword="null"/> when none was given.</param>
/// <param name="SecondarySuppressions">How many counts were hidden only to protect others (secondary suppression).</param>
public sealed record ProtectedHealthReport(DatasetHealthReport Health, FacilitationModelComparison? Cohorts, int SecondarySuppressions);
