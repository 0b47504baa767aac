using System.Globalization;
using PeerSupport.Analytics;
using PeerSupport.Analytics.GroupHealth;
using PeerSupport.Analytics.Privacy;
using PeerSupport.Cli.Infrastructure;
using PeerSupport.Cli.Rendering;

namespace PeerSupport.Cli.Reports;

/// <summary>
/// Lays out a <see cref="HealthReport"/> as a format-neutral <see cref="ReportDocument"/>: key findings first, then each
/// section's table with its plot (HTML), then a glossary. Every figure is formatted here, once, through
/// <see cref="Cells"/> and <see cref="Unit"/>, so a number reads the same wherever it appears.
/// </summary>
internal static class HealthReportDocument
{
    /// <summary>Creates the document.</summary>
    /// <param name="report">The report (already through disclosure control).</param>
    /// <param name="withPlots">Whether to draw the plots (HTML only).</param>
    /// <returns>The document.</returns>
    public static ReportDocument Create(HealthReport report, bool withPlots)
    {
        var document = new ReportDocument("Group health report as of " + Wire.Date(report.AsOf));
        document.Paragraph(string.Create(
            CultureInfo.InvariantCulture,
            $"{report.Title ?? "Dataset"}: {Plural(report.GroupCount, "group")}, {Cells.Count(report.MemberCount)} members joined by {Wire.Date(report.AsOf)}."));
        document.Paragraph(Suppression(report));
        if (report.Source is { Length: > 0 } source)
        {
            document.Paragraph("Source: " + source);
        }

        AddKeyFindings(document, report, withPlots);
        AddOverall(document, report.Health.Overall, indexSentence: false, withPlots ? ReportPlots.Outcomes(report) : null);
        AddGroups(document, report, withPlots);
        AddModels(document, report, withPlots);

        AddGlossary(document, report);
        document.Heading(2, "Notes");
        document.Paragraph("This report describes observational data. It is not clinical advice and not evidence from a trial.");
        document.Paragraph($"Made by peersupport {ToolVersion.Value} from the data as of {Wire.Date(report.AsOf)}; the same data and options give the same report.");
        return document;
    }

    /// <summary>Adds the overall section (used by the demo too).</summary>
    /// <param name="document">The document.</param>
    /// <param name="overall">The pooled report.</param>
    /// <param name="indexSentence">Whether to state the index in a sentence (the full report does so in its key findings).</param>
    /// <param name="outcomes">The outcome plot to show next to the measures, or <see langword="null"/>.</param>
    public static void AddOverall(ReportDocument document, GroupHealthReport overall, bool indexSentence = true, PlotBlock? outcomes = null)
    {
        document.Heading(2, "All groups");
        var index = overall.Index;
        if (indexSentence)
        {
            document.Paragraph(IndexSentence(index));
        }

        document.Table(
            ["component", "status", "value", "target", "score (0-1)", "weight", "points"],
            index.Components.Select(c => (IReadOnlyList<string>)
            [
                Unit.Short(c.Kind),
                c.Status == ComponentStatus.InsufficientData ? "too little data" : Cells.Words(c.Status),
                Unit.Format(c.Kind, c.Value),
                (c.LowerIsBetter ? "<= " : ">= ") + Unit.Format(c.Kind, Statistic.Of(c.Target)),
                Cells.Number(c.Score, 2),
                c.Weight.ToString("0.00", CultureInfo.InvariantCulture),
                c.Status == ComponentStatus.Scored && index.Value.IsDefined ? c.Contribution.ToString("0.0", CultureInfo.InvariantCulture) : "-",
            ]));
        var notScored = index.Components.Where(c => c.Status is ComponentStatus.InsufficientData).ToList();
        foreach (var component in notScored)
        {
            document.Paragraph($"{Unit.Label(component.Kind)} was not scored: {component.Score.UndefinedReason?.Replace("too little data: ", "too little data (", StringComparison.Ordinal)}).");
        }

        var a = overall.Attendance;
        var r = overall.Retention;
        var o = overall.Outcomes;
        var s = overall.Safety;
        var f = overall.Facilitation;
        document.Table(
            ["measure", "value"],
            [
                ["attendance", $"{Cells.Percent(a.Rate)} of expected member-sessions attended over {Plural(a.Weeks, "week")}; {Trend(a)}"],
                ["retention", Retention(r)],
                ["participation equity", Unit.Format(HealthComponentKind.ParticipationEquity, overall.Equity.Equity.Value, overall.Equity.Equity.IsSuppressed)],
                ["outcomes (PHQ-9)", $"{Cells.Count(o.Members)} members with a score before and after; mean change {Points(o.MeanChange)}; effect size d_z {Cells.Number(o.EffectSizeDz)}"],
                ["reliable change (members)", $"recovered {Cells.Count(o.Recovered)}, improved {Cells.Count(o.Improved)}, unchanged {Cells.Count(o.Unchanged)}, deteriorated {Cells.Count(o.Deteriorated)}; {Unit.Format(HealthComponentKind.Outcomes, o.NetReliableImprovement.Value, o.NetReliableImprovement.IsSuppressed)}"],
                ["safety", $"incidents: {Cells.Count(s.Incidents)} (high severity: {Cells.Count(s.HighSeverityIncidents)}); rate: {Unit.Format(HealthComponentKind.Safety, s.RatePer100MemberSessions.Value, s.RatePer100MemberSessions.IsSuppressed)} attended member-sessions"],
                ["facilitation policy", $"{(f.SessionsChecked - f.SessionsWithGaps).ToString(CultureInfo.InvariantCulture)} of {Plural(f.SessionsChecked, "session")} without a gap ({Cells.Percent(f.Compliance)})" + (f.Gaps.Count > 0 ? "; gaps: " + string.Join(", ", f.Gaps.Select(g => $"{Cells.Words(g.Kind)} {g.Count.ToString(CultureInfo.InvariantCulture)}")) : string.Empty)],
                ["referral follow-through", $"{Cells.Percent(overall.Referrals.FollowThrough)} of {Cells.Count(overall.Referrals.ReferralsMade)} referrals accepted or completed"],
            ]);
        if (outcomes is not null)
        {
            document.Plot(outcomes);
        }
    }

    /// <summary>Adds the per-group table (and, in HTML, the index plot and attendance heatmap next to it).</summary>
    /// <param name="document">The document.</param>
    /// <param name="report">The report.</param>
    /// <param name="withPlots">Whether to add the plots.</param>
    public static void AddGroups(ReportDocument document, HealthReport report, bool withPlots)
    {
        document.Heading(2, "Groups");
        var horizon = report.Health.Overall.Retention.HorizonDays.ToString(CultureInfo.InvariantCulture);
        document.Paragraph($"attendance: share of expected member-sessions attended; retained: share not dropped out {horizon} days after joining; incidents: per 100 attended member-sessions; no gap: share of sessions without a facilitation gap. Each group's index is in the key findings.");
        document.Table(
            ["group", "model", "members", "attendance", "trend", "retained", "incidents", "no gap"],
            report.Health.Groups.Select(g => (IReadOnlyList<string>)
            [
                g.GroupId?.Value ?? "?",
                g.FacilitationModel is { } m ? Cells.Model(m) : "?",
                Cells.Count(g.Retention.Members),
                Cells.Percent(g.Attendance.Rate),
                TrendWord(g.Attendance),
                Cells.Percent(g.Retention.RetainedAtHorizon),
                Cells.Number(g.Safety.RatePer100MemberSessions, 1),
                Cells.Percent(g.Facilitation.Compliance),
            ]));
        if (withPlots)
        {
            document.Plot(ReportPlots.Attendance(report));
        }
    }

    /// <summary>Adds the facilitation-model comparison (and, in HTML, the retention plot next to it).</summary>
    /// <param name="document">The document.</param>
    /// <param name="report">The report.</param>
    /// <param name="withPlots">Whether to add the retention plot.</param>
    public static void AddModels(ReportDocument document, HealthReport report, bool withPlots = false)
    {
        var cohorts = report.Cohorts;
        document.Heading(2, "Facilitation models");
        var horizon = cohorts.Cohorts.Count > 0 ? report.Health.Overall.Retention.HorizonDays.ToString(CultureInfo.InvariantCulture) : "84";
        document.Paragraph($"with outcome: members with a PHQ-9 before and after; start and change: their mean PHQ-9 at the start and mean change, in PHQ-9 points (0-27); d_z: effect size of the change; retained: share not dropped out {horizon} days after joining.");
        document.Table(
            ["model", "groups", "members", "with outcome", "start", "change", "d_z", "retained"],
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
        if (withPlots)
        {
            document.Plot(ReportPlots.Retention(report));
        }

        document.Paragraph($"Retention differs between models with log-rank p = {Cells.Number(cohorts.RetentionLogRankP, 3)}; ICC of outcomes between groups = {Cells.Number(cohorts.MixedModelIcc, 3)}.");
        if (cohorts.Contrasts.Count > 0)
        {
            document.Table(
                ["peer-led vs", "adjusted difference", "95 % CI", "margin", "conclusion"],
                cohorts.Contrasts.Select(c => (IReadOnlyList<string>)
                [
                    Cells.Model(c.Comparator),
                    Cells.Number(c.AdjustedDifference, 2),
                    c.AdjustedDifferenceInterval.IsDefined ? $"{Cells.Number(c.AdjustedDifferenceInterval.Lower)} to {Cells.Number(c.AdjustedDifferenceInterval.Upper)}" : "n/a",
                    c.Margin.ToString("0.##", CultureInfo.InvariantCulture),
                    Cells.Words(c.Conclusion),
                ]));
        }

        if (cohorts.Contrasts.Count > 0)
        {
            document.Paragraph("Adjusted difference: end PHQ-9 of peer-led minus the other model, in PHQ-9 points, adjusted for the start score with groups as random intercepts; below the margin means peer-led is not worse by more than the margin.");
        }

        if (cohorts.Answer.Length > 0)
        {
            document.Paragraph(cohorts.Answer);
        }

        // The answer already carries the observational-data caveat; say each caveat once.
        foreach (var caveat in cohorts.Caveats.Where(c => !cohorts.Answer.Contains(c, StringComparison.Ordinal)))
        {
            document.Paragraph("Caveat: " + caveat);
        }
    }

    /// <summary>The one sentence about an index: its value, or why it is not published.</summary>
    /// <param name="index">The index.</param>
    /// <returns>The sentence.</returns>
    public static string IndexSentence(GroupHealthIndex index) => index.Explanation;

    private static string Suppression(HealthReport report)
    {
        var secondary = report.SecondarySuppressions > 0
            ? string.Create(CultureInfo.InvariantCulture, $" {Plural(report.SecondarySuppressions, "further count")} {(report.SecondarySuppressions == 1 ? "was" : "were")} hidden so that no suppressed figure can be worked out from totals, margins or rates.")
            : string.Empty;
        return string.Create(CultureInfo.InvariantCulture, $"Disclosure control (k = {report.MinimumCellSize}): a figure describing fewer than {report.MinimumCellSize} members, or derived from one, is shown as \"suppressed\".{secondary} No member ids appear in this report.");
    }

    private static void AddKeyFindings(ReportDocument document, HealthReport report, bool withPlots)
    {
        document.Heading(2, "Key findings");
        var all = report.Health.Overall;
        var rows = new List<IReadOnlyList<string>> { Finding("all groups", all) };
        rows.AddRange(report.Health.Groups.Select(g => Finding(g.GroupId?.Value ?? "?", g)));
        document.Paragraph("Group Health Index: 0-100, higher is healthier; the interval is a 95 % bootstrap interval over members (see the glossary).");
        document.Table(["", "index (95 % interval)", "confidence", "what drives it, or why it is not published"], rows);
        if (withPlots)
        {
            document.Plot(ReportPlots.HealthIndex(report));
        }

        var falling = report.Health.Groups.Where(g => g.Attendance.Trend == AttendanceTrend.Falling).Select(Id).ToList();
        var rising = report.Health.Groups.Where(g => g.Attendance.Trend == AttendanceTrend.Rising).Select(Id).ToList();
        var changes = new List<string>();
        if (falling.Count > 0)
        {
            changes.Add($"attendance is falling in {Join(falling)}");
        }

        if (rising.Count > 0)
        {
            changes.Add($"attendance is rising in {Join(rising)}");
        }

        document.Paragraph("What changed: " + (changes.Count > 0
            ? string.Join("; ", changes) + " (Mann-Kendall trend test, p < 0.05); no other group shows a clear weekly trend."
            : "no group shows a clear weekly attendance trend (Mann-Kendall trend test, p < 0.05)."));

        var actions = new List<string>();
        foreach (var group in report.Health.Groups)
        {
            var weak = group.Index.Components
                .Where(c => c.Status == ComponentStatus.Scored && c.Score.TryGetValue(out var score) && score < 0.75)
                .Select(c => $"{Unit.Label(c.Kind).ToLowerInvariant()} {Unit.Format(c.Kind, c.Value)} (target {(c.LowerIsBetter ? "at most " : string.Empty)}{Unit.Format(c.Kind, Statistic.Of(c.Target)).Replace(" (0-1)", string.Empty, StringComparison.Ordinal)})")
                .ToList();
            var outcome = group.Index.Components.FirstOrDefault(c => c.Kind == HealthComponentKind.Outcomes);
            if (outcome is not null && outcome.Value.TryGetValue(out var net) && net < 0)
            {
                weak.Add($"net deterioration: more members reliably deteriorated than improved ({Unit.Format(HealthComponentKind.Outcomes, outcome.Value)})");
            }

            if (weak.Count > 0)
            {
                actions.Add($"{Id(group)}: {string.Join("; ", weak)}");
            }
        }

        document.Paragraph("Needs action: " + (actions.Count > 0
            ? string.Join(". ", actions) + "."
            : "no published component of any group scores below 0.75 of its target."));
    }

    private static IReadOnlyList<string> Finding(string name, GroupHealthReport report)
    {
        var index = report.Index;
        var note = index.Value.IsDefined
            ? index.Explanation[(index.Explanation.IndexOf("Most of it", StringComparison.Ordinal) is var at and >= 0 ? at : 0)..]
            : (index.Value.UndefinedReason ?? string.Empty).Replace("not published: ", string.Empty, StringComparison.Ordinal);
        var value = index.Value.IsDefined && index.Interval.IsDefined
            ? $"{IndexValue(index)} ({Cells.Number(index.Interval.Lower, 1)} to {Cells.Number(index.Interval.Upper, 1)})"
            : IndexValue(index);
        return [name, value, index.Value.IsDefined ? Cells.Words(index.Confidence) : "-", note];
    }

    private static void AddGlossary(ReportDocument document, HealthReport report)
    {
        var horizon = report.Health.Overall.Retention.HorizonDays.ToString(CultureInfo.InvariantCulture);
        document.Heading(2, "Glossary");
        document.Paragraph("Group Health Index: 0-100, the weighted sum of the scored components' scores (value against target, capped at 1). It is published only when the scored components carry at least the configured share of the weight (60 % by default) and the group has at least k members. Its interval comes from resampling the group's members 400 times (seeded, so the same data give the same interval) and recomputing attendance, retention, net improvement and referral follow-through; two groups whose intervals overlap are not clearly different.");
        document.Paragraph("Attendance: attended (present or late) over expected (not excused) member-sessions.");
        document.Paragraph("Incident rate: safety incidents per 100 attended member-sessions (lower is better).");
        document.Paragraph($"Retained at horizon: the Kaplan-Meier estimate of the share of members who have not dropped out {horizon} days after joining; not given when nobody has been followed that long.");
        document.Paragraph("Participation equity: 1 minus the Gini coefficient of speaking time among the members present, averaged over sessions; 1 means everyone spoke equally, 0 that one person did all the talking.");
        document.Paragraph("Reliable change (Jacobson-Truax): a change in PHQ-9 larger than measurement error alone would explain. Recovered means reliably improved and below the clinical cut-off; net reliable improvement is (recovered + improved - deteriorated) / members with a score before and after.");
        document.Paragraph("Effect size d_z: the mean change in PHQ-9 divided by the standard deviation of the changes; negative values mean scores fell (improved). About 0.2 is small, 0.5 medium, 0.8 large.");
        document.Paragraph("ICC (intraclass correlation): the share of the variation in outcomes that lies between groups rather than between members; near 0 means the group a member is in explains little.");
        document.Paragraph("Suppressed: hidden by disclosure control because it describes fewer than k members, or because, together with the published totals, it would let such a figure be worked out.");
    }

    private static string IndexValue(GroupHealthIndex index) => index.Value.IsDefined ? Cells.Number(index.Value, 1) : "not published";

    private static string Id(GroupHealthReport report) => report.GroupId?.Value ?? "?";

    private static string Join(List<string> items) => items.Count == 1 ? items[0] : string.Join(", ", items.Take(items.Count - 1)) + " and " + items[^1];

    private static string Retention(RetentionSummary r)
    {
        var horizon = r.HorizonDays.ToString(CultureInfo.InvariantCulture);
        var retained = r.RetainedAtHorizon.IsSuppressed || r.RetainedAtHorizon.Value.IsDefined
            ? $"retained {horizon} days after joining: {Cells.Percent(r.RetainedAtHorizon)}"
            : $"retained {horizon} days after joining: not given ({r.RetainedAtHorizon.Value.UndefinedReason})";
        return $"{retained}; dropouts: {Cells.Count(r.Dropouts)} of {Cells.Count(r.Members)} members";
    }

    private static string Trend(AttendanceSummary a) => a.Trend switch
    {
        AttendanceTrend.Rising => $"rising (Mann-Kendall p = {Cells.Number(a.TrendP, 3)})",
        AttendanceTrend.Falling => $"falling (Mann-Kendall p = {Cells.Number(a.TrendP, 3)})",
        AttendanceTrend.NoClearTrend => $"no clear trend (Mann-Kendall p = {Cells.Number(a.TrendP, 3)})",
        _ => "trend not assessed",
    };

    private static string TrendWord(AttendanceSummary a) => a.Trend == AttendanceTrend.NotAssessed ? "not assessed" : Cells.Words(a.Trend);

    private static string Points(ReportCell change) => change.IsSuppressed ? Cells.Suppressed : change.Value.IsDefined ? Cells.Number(change, 1) + " points" : "n/a";

    private static string Plural(int count, string noun) => count.ToString(CultureInfo.InvariantCulture) + " " + (count == 1 ? noun : noun + "s");
}
