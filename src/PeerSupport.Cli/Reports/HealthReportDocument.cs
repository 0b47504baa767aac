using System.Globalization;
using PeerSupport.Analytics.GroupHealth;
using PeerSupport.Cli.Infrastructure;
using PeerSupport.Cli.Rendering;

namespace PeerSupport.Cli.Reports;

/// <summary>Lays out a <see cref="HealthReport"/> as a format-neutral <see cref="ReportDocument"/>.</summary>
internal static class HealthReportDocument
{
    /// <summary>Creates the document.</summary>
    /// <param name="report">The report.</param>
    /// <param name="withPlots">Whether to draw the plots (HTML only).</param>
    /// <returns>The document.</returns>
    public static ReportDocument Create(HealthReport report, bool withPlots)
    {
        var document = new ReportDocument("Group health report as of " + Wire.Date(report.AsOf));
        var plots = withPlots ? ReportPlots.Create(report) : [];
        document.Paragraph(string.Create(
            CultureInfo.InvariantCulture,
            $"{report.Title ?? "Dataset"}: {report.GroupCount} groups, {report.MemberCount} members joined by {Wire.Date(report.AsOf)}. Figures describing fewer than {report.MinimumCellSize} members are suppressed. No member ids appear in this report."));
        if (report.Source is { Length: > 0 } source)
        {
            document.Paragraph("Source: " + source);
        }

        AddOverall(document, report.Health.Overall);
        AddGroups(document, report);
        AddModels(document, report);
        if (plots.Count > 0)
        {
            document.Heading(2, "Plots");
            foreach (var plot in plots)
            {
                document.Plot(plot);
            }
        }

        document.Heading(2, "Notes");
        document.Paragraph("The Group Health Index combines the components above with their weights; components with too little data or suppressed figures are left out and the remaining weights are rescaled, which lowers the stated confidence.");
        document.Paragraph("This report describes observational data. It is not clinical advice and not evidence from a trial.");
        document.Paragraph($"Made by peersupport {ToolVersion.Value} from the data as of {Wire.Date(report.AsOf)}; the same data and options give the same report.");
        return document;
    }

    /// <summary>Adds the overall section (used by the demo too).</summary>
    /// <param name="document">The document.</param>
    /// <param name="overall">The pooled report.</param>
    public static void AddOverall(ReportDocument document, GroupHealthReport overall)
    {
        document.Heading(2, "All groups");
        var index = overall.Index;
        document.Paragraph(string.Create(
            CultureInfo.InvariantCulture,
            $"Group Health Index: {Cells.Number(index.Value, 1)} / 100 (confidence {Cells.Words(index.Confidence)}, {index.Coverage * 100:F0} % of the weight scored). {index.Explanation}"));
        document.Table(
            ["component", "status", "value", "target", "score", "weight", "contribution"],
            index.Components.Select(c => (IReadOnlyList<string>)
            [
                Cells.Words(c.Kind),
                Cells.Words(c.Status),
                Cells.Number(c.Value),
                (c.LowerIsBetter ? "<= " : ">= ") + c.Target.ToString("0.##", CultureInfo.InvariantCulture),
                Cells.Number(c.Score, 1),
                c.EffectiveWeight.ToString("F2", CultureInfo.InvariantCulture),
                c.Contribution.ToString("F1", CultureInfo.InvariantCulture),
            ]));
        foreach (var component in index.Components)
        {
            document.Paragraph($"{Cells.Words(component.Kind)}: {component.Explanation}");
        }

        var a = overall.Attendance;
        var r = overall.Retention;
        var o = overall.Outcomes;
        var s = overall.Safety;
        var f = overall.Facilitation;
        document.Table(
            ["measure", "value"],
            [
                ["attendance rate", $"{Cells.Percent(a.Rate)} over {a.Weeks.ToString(CultureInfo.InvariantCulture)} weeks; trend {Cells.Words(a.Trend)} (Mann-Kendall p = {Cells.Number(a.TrendP, 3)})"],
                ["retention", $"{Cells.Percent(r.RetainedAtHorizon)} still attending at {r.HorizonDays.ToString(CultureInfo.InvariantCulture)} days; dropouts: {Cells.Count(r.Dropouts)} of {Cells.Count(r.Members)} members"],
                ["participation equity", Cells.Number(overall.Equity.Equity)],
                ["outcomes (PHQ-9)", $"{Cells.Count(o.Members)} members with baseline and follow-up; mean change {Cells.Number(o.MeanChange, 1)}; effect size dz {Cells.Number(o.EffectSizeDz)}"],
                ["outcome categories", $"recovered {Cells.Count(o.Recovered)}, improved {Cells.Count(o.Improved)}, unchanged {Cells.Count(o.Unchanged)}, deteriorated {Cells.Count(o.Deteriorated)}"],
                ["safety", $"incidents: {Cells.Count(s.Incidents)}; high severity: {Cells.Count(s.HighSeverityIncidents)}; rate per 100 member-sessions: {Cells.Number(s.RatePer100MemberSessions)}"],
                ["facilitation policy", $"{(f.SessionsChecked - f.SessionsWithGaps).ToString(CultureInfo.InvariantCulture)} of {f.SessionsChecked.ToString(CultureInfo.InvariantCulture)} sessions without a gap ({Cells.Percent(f.Compliance)})" + (f.Gaps.Count > 0 ? "; gaps: " + string.Join(", ", f.Gaps.Select(g => $"{Cells.Words(g.Kind)} {g.Count.ToString(CultureInfo.InvariantCulture)}")) : string.Empty)],
                ["referral follow-through", $"{Cells.Percent(overall.Referrals.FollowThrough)} of {Cells.Count(overall.Referrals.ReferralsMade)} referrals made"],
            ]);
    }

    /// <summary>Adds the per-group table.</summary>
    /// <param name="document">The document.</param>
    /// <param name="report">The report.</param>
    public static void AddGroups(ReportDocument document, HealthReport report)
    {
        document.Heading(2, "Groups");
        document.Table(
            ["group", "model", "members", "attendance", "trend", "retention", "incidents /100", "compliance", "index", "confidence"],
            report.Health.Groups.Select(g => (IReadOnlyList<string>)
            [
                g.GroupId?.Value ?? "?",
                g.FacilitationModel is { } m ? Cells.Model(m) : "?",
                Cells.Count(g.Retention.Members),
                Cells.Percent(g.Attendance.Rate),
                Cells.Words(g.Attendance.Trend),
                Cells.Percent(g.Retention.RetainedAtHorizon),
                Cells.Number(g.Safety.RatePer100MemberSessions, 1),
                Cells.Percent(g.Facilitation.Compliance),
                Cells.Number(g.Index.Value, 1),
                Cells.Words(g.Index.Confidence),
            ]));
    }

    /// <summary>Adds the facilitation-model comparison.</summary>
    /// <param name="document">The document.</param>
    /// <param name="report">The report.</param>
    public static void AddModels(ReportDocument document, HealthReport report)
    {
        var cohorts = report.Cohorts;
        document.Heading(2, "Facilitation models");
        document.Table(
            ["model", "groups", "members", "with outcome", "mean baseline", "mean change", "effect size dz", "retained"],
            cohorts.Cohorts.Select(c => (IReadOnlyList<string>)
            [
                Cells.Model(c.Model),
                c.Groups.ToString(CultureInfo.InvariantCulture),
                Cells.Count(c.Members),
                Cells.Count(c.MembersWithOutcome),
                Cells.Number(c.MeanBaseline, 1),
                Cells.Number(c.MeanChange, 1),
                Cells.Number(c.EffectSizeDz),
                Cells.Percent(c.RetainedAtHorizon),
            ]));
        document.Paragraph($"Retention log-rank p = {Cells.Number(cohorts.RetentionLogRankP, 3)}; ICC of outcomes between groups = {Cells.Number(cohorts.MixedModelIcc, 3)}.");
        if (cohorts.Contrasts.Count > 0)
        {
            document.Table(
                ["peer-led vs", "adjusted difference (PHQ-9)", "95 % CI", "margin", "conclusion"],
                cohorts.Contrasts.Select(c => (IReadOnlyList<string>)
                [
                    Cells.Model(c.Comparator),
                    Cells.Number(c.AdjustedDifference, 2),
                    c.AdjustedDifferenceInterval.IsDefined ? $"{Cells.Number(c.AdjustedDifferenceInterval.Lower)} to {Cells.Number(c.AdjustedDifferenceInterval.Upper)}" : "n/a",
                    c.Margin.ToString("0.##", CultureInfo.InvariantCulture),
                    Cells.Words(c.Conclusion),
                ]));
        }

        if (cohorts.Answer.Length > 0)
        {
            document.Paragraph(cohorts.Answer);
        }

        foreach (var caveat in cohorts.Caveats)
        {
            document.Paragraph("Caveat: " + caveat);
        }
    }
}
