using PeerSupport.Analytics.Cohorts;
using PeerSupport.Analytics.GroupHealth;
using PeerSupport.Analytics.Privacy;
using PeerSupport.Analytics.Survival;
using PeerSupport.Datasets;
using PeerSupport.Domain;

namespace PeerSupport.Cli.Reports;

/// <summary>Computes a <see cref="HealthReport"/> from a dataset with the Analytics group-health and cohort APIs.</summary>
internal static class HealthReportBuilder
{
    /// <summary>Builds the report.</summary>
    /// <param name="dataset">The dataset.</param>
    /// <param name="asOf">The report date.</param>
    /// <param name="minimumCellSize">k for small-cell suppression.</param>
    /// <returns>The report.</returns>
    public static HealthReport Build(PeerSupportDataset dataset, DateOnly asOf, int minimumCellSize)
    {
        var options = new GroupHealthOptions { MinimumCellSize = minimumCellSize };
        var raw = new GroupHealthAnalyzer(options).Analyze(dataset, asOf);
        var rawCohorts = new FacilitationModelComparer(new CohortComparisonOptions { MinimumCellSize = minimumCellSize }).Compare(dataset, asOf);

        // One policy decides what is published, before any renderer sees the report.
        var control = new ReportDisclosureControl(options);
        var published = control.Protect(raw, rawCohorts);
        var cohorts = published.Cohorts!;
        return new HealthReport(
            asOf,
            minimumCellSize,
            dataset.Metadata.Title,
            dataset.Metadata.Source,
            dataset.Groups.Length,
            published.Health.Overall.Retention.Members,
            published.Health,
            cohorts,
            RetentionByModel(dataset, asOf, cohorts, control),
            AttendanceByGroup(dataset, asOf, minimumCellSize),
            published.SecondarySuppressions,
            control.SuppressionReason);
    }

    // Each member is observed with RetentionObservation, the definition the group-health and cohort retention use.
    // A curve is drawn only when its model's retention figure
    // is published, coarsened by the disclosure control so each step covers at least k dropouts.
    private static List<ModelRetention> RetentionByModel(PeerSupportDataset dataset, DateOnly asOf, FacilitationModelComparison cohorts, ReportDisclosureControl control)
    {
        var result = new List<ModelRetention>();
        foreach (var model in Enum.GetValues<FacilitationModel>())
        {
            var members = dataset.MemberHistories.Where(h => h.Group.FacilitationModel == model && h.Member.JoinedOn <= asOf).Select(h => h.Member).ToList();
            if (members.Count == 0)
            {
                continue;
            }

            var cohort = cohorts.Cohorts.First(c => c.Model == model);
            if (cohort.RetainedAtHorizon.IsSuppressed || !cohort.RetainedAtHorizon.Value.TryGetValue(out var retained))
            {
                result.Add(new ModelRetention(model, cohort.Members, true, []));
                continue;
            }

            var times = new List<double>(members.Count);
            var events = new List<bool>(members.Count);
            foreach (var member in members)
            {
                RetentionObservation.TryObserve(member, asOf, out var observation);
                times.Add(observation.Days);
                events.Add(observation.DroppedOut);
            }

            var curve = KaplanMeier.Estimate(times, events);
            var points = new List<RetentionPoint> { new(0, 1.0, members.Count) };
            points.AddRange(curve.EventTimes.Select(row => new RetentionPoint((int)row.Time, row.Survival, row.AtRisk)));
            result.Add(new ModelRetention(model, cohort.Members, false, control.CoarsenCurve(points, retained)));
        }

        return result;
    }

    private static List<GroupAttendance> AttendanceByGroup(PeerSupportDataset dataset, DateOnly asOf, int k)
    {
        var perSession = new Dictionary<SessionId, (int Attended, int Expected)>();
        foreach (var history in dataset.MemberHistories)
        {
            foreach (var entry in history.AttendanceAsOf(asOf))
            {
                if (entry.Status == AttendanceStatus.Excused)
                {
                    continue;
                }

                perSession.TryGetValue(entry.Session.Id, out var counts);
                perSession[entry.Session.Id] = (counts.Attended + (entry.Attended ? 1 : 0), counts.Expected + 1);
            }
        }

        var result = new List<GroupAttendance>();
        foreach (var group in dataset.GroupHistories)
        {
            var shown = new List<SessionAttendance>();
            var suppressed = new List<DateOnly>();
            foreach (var session in group.SessionsAsOf(asOf))
            {
                // A session's rate and expected count together give its attended and absent counts, so the cell is
                // shown only when each of those describes at least k members (or no one absent at all).
                if (!perSession.TryGetValue(session.Id, out var counts) || counts.Expected < k || counts.Attended < k
                    || (counts.Expected - counts.Attended is var absent && absent > 0 && absent < k))
                {
                    suppressed.Add(session.Date);
                    continue;
                }

                shown.Add(new SessionAttendance(session.Date, (double)counts.Attended / counts.Expected, counts.Expected));
            }

            result.Add(new GroupAttendance(group.Group.Id.Value, group.Group.FacilitationModel, shown, suppressed));
        }

        return result;
    }
}
