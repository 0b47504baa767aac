using System.Globalization;
using System.Text.RegularExpressions;
using OxyPlot;
using OxyPlot.Axes;
using OxyPlot.Legends;
using OxyPlot.Series;
using PeerSupport.Cli.Rendering;

namespace PeerSupport.Cli.Reports;

/// <summary>The four plots of the HTML report, drawn with OxyPlot and exported as inline SVG (managed code only).</summary>
internal static partial class ReportPlots
{
    private const int MaxGroupsPlotted = 30;
    private const int Width = 760;
    private const int Height = 420;

    /// <summary>Creates every plot of the report.</summary>
    /// <param name="report">The report.</param>
    /// <returns>Retention, attendance, outcomes and Group Health Index plots, in that order.</returns>
    public static IReadOnlyList<PlotBlock> Create(HealthReport report) =>
    [
        Retention(report),
        Attendance(report),
        Outcomes(report),
        HealthIndex(report),
    ];

    private static PlotBlock Retention(HealthReport report)
    {
        var model = NewModel("Retention by facilitation model (Kaplan-Meier, event = dropped out)");
        model.Axes.Add(new LinearAxis { Position = AxisPosition.Bottom, Title = "days since joining", Minimum = 0 });
        model.Axes.Add(new LinearAxis { Position = AxisPosition.Left, Title = "still attending (proportion)", Minimum = 0, Maximum = 1.02, AxisTitleDistance = 12 });
        foreach (var cohort in report.RetentionByModel.Where(r => !r.IsSuppressed))
        {
            var series = new StairStepSeries { Title = Cells.Model(cohort.Model) + string.Create(CultureInfo.InvariantCulture, $" (n = {cohort.Members})"), StrokeThickness = 2 };
            foreach (var point in cohort.Curve)
            {
                series.Points.Add(new DataPoint(point.Day, point.Retained));
            }

            model.Series.Add(series);
        }

        var suppressed = report.RetentionByModel.Where(r => r.IsSuppressed).Select(r => Cells.Model(r.Model)).ToList();
        var caption = "Share of members who have not dropped out, by days since joining, per facilitation model; each curve stops where fewer than k members remain at risk."
            + (suppressed.Count > 0 ? $" Suppressed (fewer than {report.MinimumCellSize} members): {string.Join(", ", suppressed)}." : string.Empty);
        return new PlotBlock("plot-retention", caption, Export(model));
    }

    private static PlotBlock Attendance(HealthReport report)
    {
        // Up to 8 groups are told apart by a legend; beyond that the lines show the spread and the table names the groups.
        var model = NewModel("Attendance per session, by group", legend: Math.Min(report.AttendanceByGroup.Count, MaxGroupsPlotted) <= 8);
        var first = report.AttendanceByGroup.SelectMany(g => g.Sessions).Select(s => s.Date).DefaultIfEmpty(report.AsOf).Min();
        model.Axes.Add(new LinearAxis { Position = AxisPosition.Bottom, Title = "week (since " + Wire.Date(first) + ")", Minimum = 0 });
        model.Axes.Add(new LinearAxis { Position = AxisPosition.Left, Title = "attendance rate", Minimum = 0, Maximum = 1.02, AxisTitleDistance = 12 });
        var plotted = PlottedGroups(report);
        foreach (var group in report.AttendanceByGroup.Where(g => g.Sessions.Count > 0 && plotted.Contains(g.GroupId)))
        {
            var series = new LineSeries { Title = group.GroupId, StrokeThickness = 1.2 };
            foreach (var session in group.Sessions)
            {
                series.Points.Add(new DataPoint((session.Date.DayNumber - first.DayNumber) / 7.0, session.Rate));
            }

            model.Series.Add(series);
        }

        var hidden = report.AttendanceByGroup.Sum(g => g.SuppressedSessions);
        var caption = "Attended (present or late) over expected (not excused) members at each session, one line per group."
            + Subset(report, plotted)
            + (hidden > 0 ? string.Create(CultureInfo.InvariantCulture, $" {hidden} session(s) with fewer than {report.MinimumCellSize} expected members are not shown.") : string.Empty);
        return new PlotBlock("plot-attendance", caption, Export(model));
    }

    private static PlotBlock Outcomes(HealthReport report)
    {
        var plot = NewModel("PHQ-9 outcome categories (Jacobson-Truax), all groups", legend: false);
        var outcomes = report.Health.Overall.Outcomes;
        var categories = new[]
        {
            ("recovered", outcomes.Recovered),
            ("improved", outcomes.Improved),
            ("unchanged", outcomes.Unchanged),
            ("deteriorated", outcomes.Deteriorated),
        };
        var axis = new CategoryAxis { Position = AxisPosition.Left, StartPosition = 1, EndPosition = 0 };
        var bars = new BarSeries { Title = "members", FillColor = OxyColor.FromRgb(59, 110, 165), LabelPlacement = LabelPlacement.Inside, LabelFormatString = "{0}" };
        foreach (var (name, cell) in categories)
        {
            axis.Labels.Add(cell.IsSuppressed ? name + " *" : name);
            bars.Items.Add(new BarItem(cell.IsSuppressed || !cell.Value.TryGetValue(out var v) ? 0 : v));
        }

        plot.Axes.Add(axis);
        plot.Axes.Add(new LinearAxis { Position = AxisPosition.Bottom, Title = "members", Minimum = 0 });
        plot.Series.Add(bars);
        return new PlotBlock(
            "plot-outcomes",
            "Members with a PHQ-9 at baseline and follow-up, by reliable-change category. * suppressed: fewer than k members (drawn as 0).",
            Export(plot));
    }

    private static PlotBlock HealthIndex(HealthReport report)
    {
        var plot = NewModel("Group Health Index per group (0-100)", legend: false);
        var axis = new CategoryAxis { Position = AxisPosition.Left, StartPosition = 1, EndPosition = 0 };
        var bars = new BarSeries { Title = "index", FillColor = OxyColor.FromRgb(46, 139, 87), LabelPlacement = LabelPlacement.Inside, LabelFormatString = "{0:0}" };
        var plotted = PlottedGroups(report);
        foreach (var group in report.Health.Groups.Where(g => plotted.Contains(g.GroupId?.Value ?? "?")))
        {
            var id = group.GroupId?.Value ?? "?";
            var defined = group.Index.Value.TryGetValue(out var value);
            axis.Labels.Add(defined ? id : id + " *");
            bars.Items.Add(new BarItem(defined ? value : 0));
        }

        plot.Axes.Add(axis);
        plot.Axes.Add(new LinearAxis { Position = AxisPosition.Bottom, Title = "index", Minimum = 0, Maximum = 100 });
        plot.Series.Add(bars);
        return new PlotBlock(
            "plot-health-index",
            "The Group Health Index of each group (* not computable: no component could be scored); the tables above explain each component's value, target and contribution." + Subset(report, plotted),
            Export(plot));
    }

    // Margins are fixed rather than measured: the managed text measurer assumes Helvetica metrics, and
    // viewers substitute wider fonts, which would clip axis labels and legends sized to the measurement.
    // With many groups one line or bar per group is unreadable: plot the groups with the lowest index (the ones
    // most in need of attention), in dataset order, and say so in the caption.
    private static HashSet<string> PlottedGroups(HealthReport report)
    {
        var groups = report.Health.Groups;
        var chosen = groups.Count <= MaxGroupsPlotted
            ? groups
            : groups.OrderBy(g => g.Index.Value.TryGetValue(out var v) ? v : double.MaxValue)
                .ThenBy(g => g.GroupId?.Value, StringComparer.Ordinal)
                .Take(MaxGroupsPlotted);
        return chosen.Select(g => g.GroupId?.Value ?? "?").ToHashSet(StringComparer.Ordinal);
    }

    private static string Subset(HealthReport report, HashSet<string> plotted) =>
        plotted.Count < report.Health.Groups.Count
            ? string.Create(CultureInfo.InvariantCulture, $" Shown: the {plotted.Count} groups with the lowest Group Health Index, of {report.Health.Groups.Count}.")
            : string.Empty;

    private static PlotModel NewModel(string title, bool legend = true)
    {
        var model = new PlotModel
        {
            Title = title,
            TitleFontSize = 14,
            DefaultFont = "Arial",
            Background = OxyColors.White,
            IsLegendVisible = legend,
            PlotMargins = new OxyThickness(legend ? 75 : 125, 10, 25, 50),
        };
        if (legend)
        {
            model.Legends.Add(new Legend
            {
                LegendPosition = LegendPosition.LeftBottom,
                LegendPlacement = LegendPlacement.Inside,
                LegendOrientation = LegendOrientation.Vertical,
                LegendBackground = OxyColor.FromAColor(220, OxyColors.White),
                LegendBorder = OxyColors.LightGray,
                LegendFontSize = 11,
            });
        }

        return model;
    }

    private static string Export(PlotModel model)
    {
        // The workaround positions text by its baseline, which every SVG renderer supports (not only browsers).
        var exporter = new SvgExporter { Width = Width, Height = Height, IsDocument = false, UseVerticalTextAlignmentWorkaround = true };
        var svg = exporter.ExportToString(model);

        // Inline SVG inside HTML must not carry an XML declaration (only allowed at the start of a document).
        var start = svg.IndexOf("<svg", StringComparison.Ordinal);
        svg = (start > 0 ? svg[start..] : svg).Trim();

        // Every series lies inside its axes' fixed ranges, so clipping adds nothing; without it, legend text that
        // a viewer draws wider than the managed measurer predicted is not cut off at the legend box.
        return ClipPathAttribute().Replace(svg, string.Empty);
    }

    [GeneratedRegex(@" clip-path=""url\(#clipPath\d+\)""", RegexOptions.CultureInvariant)]
    private static partial Regex ClipPathAttribute();
}
