using System.Globalization;
using System.Text.RegularExpressions;
using OxyPlot;
using OxyPlot.Annotations;
using OxyPlot.Axes;
using OxyPlot.Legends;
using OxyPlot.Series;
using PeerSupport.Cli.Rendering;
using PeerSupport.Domain;

namespace PeerSupport.Cli.Reports;

/// <summary>
/// The plots of the HTML report, drawn with OxyPlot from the same published (disclosure-controlled) figures as the
/// tables and exported as inline SVG. A suppressed value is never drawn as 0: it is left out and labelled "suppressed".
/// Each facilitation model has one fixed colour in every plot of every report.
/// </summary>
internal static partial class ReportPlots
{
    private const int MaxGroupsPlotted = 30;
    private const int Width = 760;
    private const int Height = 400;
    private static readonly OxyColor s_suppressedColor = OxyColor.FromRgb(200, 200, 200);

    /// <summary>Gets the fixed colour of a facilitation model (Okabe-Ito palette, safe for colour-blind readers).</summary>
    /// <param name="model">The model.</param>
    /// <returns>The colour.</returns>
    public static OxyColor ColorOf(FacilitationModel model) => model switch
    {
        FacilitationModel.PeerLed => OxyColor.FromRgb(0, 114, 178),
        FacilitationModel.CoFacilitated => OxyColor.FromRgb(230, 159, 0),
        _ => OxyColor.FromRgb(0, 158, 115),
    };

    /// <summary>The retention curves per facilitation model, coarsened by disclosure control.</summary>
    /// <param name="report">The report.</param>
    /// <returns>The plot.</returns>
    public static PlotBlock Retention(HealthReport report)
    {
        var model = NewModel("Retention by facilitation model (Kaplan-Meier, event = dropped out)", legend: true);
        var horizon = report.Health.Overall.Retention.HorizonDays;
        var lastDay = report.RetentionByModel.SelectMany(r => r.Curve).Select(p => p.Day).DefaultIfEmpty(horizon).Max();
        model.Axes.Add(new LinearAxis { Position = AxisPosition.Bottom, Title = "days since joining", Minimum = 0, Maximum = Math.Max(lastDay, horizon) * 1.25, AxisTitleDistance = 8 });
        model.Axes.Add(new LinearAxis { Position = AxisPosition.Left, Title = "share not dropped out", Minimum = 0, Maximum = 1.02, AxisTitleDistance = 14, StringFormat = "0%" });
        foreach (var cohort in report.RetentionByModel.Where(r => !r.IsSuppressed && r.Curve.Count > 0))
        {
            // The published points are joined by straight lines: between two points the coarsened curve says only
            // how much retention fell in all, not on which day, so a staircase would invent a sudden drop.
            var series = new LineSeries
            {
                Title = Cells.Model(cohort.Model) + " (n = " + Cells.Count(cohort.Members) + ")",
                StrokeThickness = 2.2,
                Color = ColorOf(cohort.Model),
                MarkerType = MarkerType.Circle,
                MarkerSize = 3.5,
                MarkerFill = ColorOf(cohort.Model),
            };
            foreach (var point in cohort.Curve)
            {
                series.Points.Add(new DataPoint(point.Day, point.Retained));
            }

            model.Series.Add(series);
        }

        model.Annotations.Add(new LineAnnotation
        {
            Type = LineAnnotationType.Vertical,
            X = horizon,
            Color = OxyColors.Gray,
            LineStyle = LineStyle.Dash,
            Text = string.Create(CultureInfo.InvariantCulture, $"{horizon}-day horizon"),
            TextOrientation = AnnotationTextOrientation.Horizontal,
            TextVerticalAlignment = VerticalAlignment.Top,
            TextHorizontalAlignment = HorizontalAlignment.Left,
            TextPadding = 4,
        });
        var suppressed = report.RetentionByModel.Where(r => r.IsSuppressed).Select(r => Cells.Model(r.Model)).ToList();
        var caption = "Share of members who have not dropped out, by days since joining. Points are the published steps of the Kaplan-Meier curve, merged so each covers at least k dropouts, joined by lines; a curve stops where fewer than k members remain; the point at the horizon is the table's \"retained\"."
            + (suppressed.Count > 0 ? $" Not drawn (suppressed or no one followed to the horizon): {string.Join(", ", suppressed)}." : string.Empty);
        return new PlotBlock("plot-retention", caption, Export(model));
    }

    /// <summary>Attendance as a group × week heatmap: weeks without a session are gaps; suppressed sessions are grey.</summary>
    /// <param name="report">The report.</param>
    /// <returns>The plot.</returns>
    public static PlotBlock Attendance(HealthReport report)
    {
        var plotted = PlottedGroups(report);
        var groups = report.AttendanceByGroup.Where(g => plotted.Contains(g.GroupId)).ToList();
        var dates = groups.SelectMany(g => g.Sessions.Select(s => s.Date).Concat(g.SuppressedDates)).ToList();
        var first = dates.DefaultIfEmpty(report.AsOf).Min();
        var start = first.AddDays(-(((int)first.DayOfWeek + 6) % 7));
        var weeks = dates.Count == 0 ? 1 : ((dates.Max().DayNumber - start.DayNumber) / 7) + 1;
        var rows = Math.Max(groups.Count, 1);
        var model = NewModel("Attendance rate by group and week", legend: false, height: Math.Clamp(100 + (rows * 34), 220, 1200));
        model.PlotMargins = new OxyThickness(165, 10, 90, 50);
        var data = new double[weeks, rows];
        for (var w = 0; w < weeks; w++)
        {
            for (var g = 0; g < rows; g++)
            {
                data[w, g] = double.NaN;
            }
        }

        var groupAxis = new CategoryAxis { Position = AxisPosition.Left, StartPosition = 1, EndPosition = 0, GapWidth = 0 };
        for (var g = 0; g < groups.Count; g++)
        {
            groupAxis.Labels.Add(groups[g].GroupId + " (" + Cells.Model(groups[g].Model) + ")");
            foreach (var week in groups[g].Sessions.GroupBy(s => (s.Date.DayNumber - start.DayNumber) / 7))
            {
                data[week.Key, g] = week.Average(s => s.Rate);
            }

            foreach (var date in groups[g].SuppressedDates)
            {
                var w = (date.DayNumber - start.DayNumber) / 7;
                model.Annotations.Add(new RectangleAnnotation
                {
                    MinimumX = w - 0.5,
                    MaximumX = w + 0.5,
                    MinimumY = g - 0.5,
                    MaximumY = g + 0.5,
                    Fill = s_suppressedColor,
                    Stroke = OxyColors.White,
                    StrokeThickness = 1,
                    Layer = AnnotationLayer.AboveSeries,
                });
            }
        }

        model.Axes.Add(groupAxis);
        model.Axes.Add(new LinearAxis { Position = AxisPosition.Bottom, Title = "week (week 1 starts " + Wire.Date(start) + ")", Minimum = -0.5, Maximum = weeks - 0.5, MajorStep = weeks > 20 ? 4 : 2, MinorStep = 1, AxisTitleDistance = 8, LabelFormatter = w => (w + 1).ToString("0", CultureInfo.InvariantCulture) });
        model.Axes.Add(new LinearColorAxis
        {
            Position = AxisPosition.Right,
            Title = "attendance rate",
            Minimum = 0,
            Maximum = 1,
            Palette = OxyPalettes.Viridis(100),
            InvalidNumberColor = OxyColors.Transparent,
            StringFormat = "0%",
            AxisTitleDistance = 8,
        });
        // Cells are drawn as rectangles (a heat map series cannot draw a single row); a week without a session stays
        // white, a gap, and is never bridged.
        var palette = OxyPalettes.Viridis(100);
        for (var w = 0; w < weeks; w++)
        {
            for (var g = 0; g < rows; g++)
            {
                if (!double.IsNaN(data[w, g]))
                {
                    model.Annotations.Add(new RectangleAnnotation
                    {
                        MinimumX = w - 0.5,
                        MaximumX = w + 0.5,
                        MinimumY = g - 0.5,
                        MaximumY = g + 0.5,
                        Fill = palette.Colors[(int)Math.Round(Math.Clamp(data[w, g], 0, 1) * (palette.Colors.Count - 1))],
                        Stroke = OxyColors.White,
                        StrokeThickness = 1,
                        Layer = AnnotationLayer.BelowSeries,
                    });
                }
            }
        }

        var hidden = groups.Sum(g => g.SuppressedSessions);
        var caption = "Attended (present or late) over expected (not excused) members, per group and week. White: no session that week."
            + (hidden > 0 ? string.Create(CultureInfo.InvariantCulture, $" Grey: suppressed ({hidden} session(s) where fewer than {report.MinimumCellSize} members were expected, attended or absent).") : string.Empty)
            + Subset(report, plotted);
        return new PlotBlock("plot-attendance", caption, Export(model, Math.Clamp(100 + (rows * 34), 220, 1200)));
    }

    /// <summary>The reliable-change categories of all groups; suppressed categories are labelled, not drawn.</summary>
    /// <param name="report">The report.</param>
    /// <returns>The plot.</returns>
    public static PlotBlock Outcomes(HealthReport report)
    {
        var plot = NewModel("PHQ-9 reliable change (Jacobson-Truax), all groups", legend: false, height: 260);
        var outcomes = report.Health.Overall.Outcomes;
        var categories = new[]
        {
            ("recovered", outcomes.Recovered),
            ("improved", outcomes.Improved),
            ("unchanged", outcomes.Unchanged),
            ("deteriorated", outcomes.Deteriorated),
        };
        var axis = new CategoryAxis { Position = AxisPosition.Left, StartPosition = 1, EndPosition = 0 };
        var bars = new BarSeries { FillColor = OxyColor.FromRgb(59, 110, 165), LabelPlacement = LabelPlacement.Outside, LabelFormatString = "{0}" };
        var max = categories.Max(c => !c.Item2.IsSuppressed && c.Item2.Value.TryGetValue(out var v) ? v : 0);
        for (var i = 0; i < categories.Length; i++)
        {
            var (name, cell) = categories[i];
            axis.Labels.Add(name);
            if (!cell.IsSuppressed && cell.Value.TryGetValue(out var v))
            {
                bars.Items.Add(new BarItem(v, i));
            }
            else
            {
                plot.Annotations.Add(Label("suppressed", new DataPoint(0, i)));
            }
        }

        plot.Axes.Add(axis);
        plot.Axes.Add(new LinearAxis { Position = AxisPosition.Bottom, Title = "members", Minimum = 0, Maximum = Math.Max(1, max) * 1.15, AxisTitleDistance = 8 });
        plot.Series.Add(bars);
        return new PlotBlock(
            "plot-outcomes",
            "Members with a PHQ-9 before and after, by reliable-change category (the table's \"reliable change\" row). A suppressed category has no bar.",
            Export(plot, 260));
    }

    /// <summary>The Group Health Index per group, coloured by facilitation model; unpublished indexes are labelled.</summary>
    /// <param name="report">The report.</param>
    /// <returns>The plot.</returns>
    public static PlotBlock HealthIndex(HealthReport report)
    {
        var plotted = PlottedGroups(report);
        var groups = report.Health.Groups.Where(g => plotted.Contains(g.GroupId?.Value ?? "?")).ToList();
        var height = Math.Clamp(90 + (groups.Count * 28), 200, 900);
        var plot = NewModel("Group Health Index per group (0-100)", legend: false, height: height);
        var axis = new CategoryAxis { Position = AxisPosition.Left, StartPosition = 1, EndPosition = 0 };
        var bars = new BarSeries { LabelPlacement = LabelPlacement.Middle, LabelFormatString = "{0:0.0}", TextColor = OxyColors.White };
        for (var i = 0; i < groups.Count; i++)
        {
            var group = groups[i];
            var id = group.GroupId?.Value ?? "?";
            var model = group.FacilitationModel ?? FacilitationModel.PeerLed;
            axis.Labels.Add(id + " (" + Cells.Model(model) + ")");
            if (group.Index.Value.TryGetValue(out var value))
            {
                bars.Items.Add(new BarItem(value, i) { Color = ColorOf(model) });
                if (group.Index.Interval.Lower.TryGetValue(out var lower) && group.Index.Interval.Upper.TryGetValue(out var upper))
                {
                    // The 95 % interval of the key findings, as a whisker across the bar's end.
                    plot.Annotations.Add(new PolylineAnnotation
                    {
                        Points = { new DataPoint(lower, i - 0.15), new DataPoint(lower, i + 0.15), new DataPoint(lower, i), new DataPoint(upper, i), new DataPoint(upper, i - 0.15), new DataPoint(upper, i + 0.15) },
                        Color = OxyColors.Black,
                        StrokeThickness = 1.5,
                        LineStyle = LineStyle.Solid,
                        Layer = AnnotationLayer.AboveSeries,
                    });
                }
            }
            else
            {
                plot.Annotations.Add(Label("not published", new DataPoint(0, i)));
            }
        }

        plot.Axes.Add(axis);
        plot.Axes.Add(new LinearAxis { Position = AxisPosition.Bottom, Title = "index", Minimum = 0, Maximum = 100, AxisTitleDistance = 8 });
        plot.Series.Add(bars);
        return new PlotBlock(
            "plot-health-index",
            "The index of each group, as in the table (bar colour = facilitation model: peer-led blue, co-facilitated orange, professional-led green; black whisker: 95 % bootstrap interval). \"Not published\": too little of the weight could be scored or fewer than k members; the key findings give the reason." + Subset(report, plotted),
            Export(plot, height));
    }

    // With many groups one row per group is unreadable: plot the groups with the lowest index (the ones most in need of
    // attention), in dataset order, and say so in the caption.
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

    private static TextAnnotation Label(string text, DataPoint at) => new()
    {
        Text = text,
        TextPosition = at,
        TextHorizontalAlignment = HorizontalAlignment.Left,
        TextVerticalAlignment = VerticalAlignment.Middle,
        Stroke = OxyColors.Transparent,
        TextColor = OxyColor.FromRgb(82, 96, 109),
        FontSize = 11,
        Offset = new ScreenVector(6, 0),
    };

    // The caption says what was chosen without claiming anything about withheld values: groups whose index is not
    // published sort after every published one and are then taken in id order, so they are named as such.
    private static string Subset(HealthReport report, HashSet<string> plotted)
    {
        var groups = report.Health.Groups;
        if (plotted.Count >= groups.Count)
        {
            return string.Empty;
        }

        var unpublished = groups.Count(g => !g.Index.Value.TryGetValue(out _));
        var plottedUnpublished = groups.Count(g => !g.Index.Value.TryGetValue(out _) && plotted.Contains(g.GroupId?.Value ?? "?"));
        if (plottedUnpublished == plotted.Count)
        {
            return string.Create(CultureInfo.InvariantCulture, $" Shown: the first {plotted.Count} of {groups.Count} groups by id; no group's index is published.");
        }

        return plottedUnpublished == 0
            ? string.Create(CultureInfo.InvariantCulture, $" Shown: the {plotted.Count} groups with the lowest Group Health Index, of {groups.Count}.")
            : string.Create(
                CultureInfo.InvariantCulture,
                $" Shown: {plotted.Count} of {groups.Count} groups: all {plotted.Count - plottedUnpublished} with a published index and {plottedUnpublished} of the {unpublished} whose index is not published (the first by id).");
    }

    // Margins are fixed rather than measured: the managed text measurer assumes Helvetica metrics, and viewers
    // substitute wider fonts, which would clip axis labels and legends sized to the measurement.
    private static PlotModel NewModel(string title, bool legend, int height = Height)
    {
        var model = new PlotModel
        {
            Title = title,
            TitleFontSize = 14,
            DefaultFont = "Arial",
            DefaultFontSize = 11,
            Background = OxyColors.White,
            IsLegendVisible = legend,
            PlotMargins = new OxyThickness(legend ? 70 : 170, 10, 30, 50),
        };
        _ = height;
        if (legend)
        {
            model.Legends.Add(new Legend
            {
                LegendPosition = LegendPosition.LeftBottom,
                LegendPlacement = LegendPlacement.Inside,
                LegendOrientation = LegendOrientation.Vertical,
                LegendBackground = OxyColor.FromAColor(230, OxyColors.White),
                LegendBorder = OxyColors.LightGray,
                LegendFontSize = 11,
            });
        }

        return model;
    }

    private static string Export(PlotModel model, int height = Height)
    {
        // The workaround positions text by its baseline, which every SVG renderer supports (not only browsers).
        var exporter = new SvgExporter { Width = Width, Height = height, IsDocument = false, UseVerticalTextAlignmentWorkaround = true };
        var svg = exporter.ExportToString(model);

        // Inline SVG inside HTML must not carry an XML declaration (only allowed at the start of a document).
        var start = svg.IndexOf("<svg", StringComparison.Ordinal);
        svg = (start > 0 ? svg[start..] : svg).Trim();

        // A viewBox lets the browser scale the plot down to a narrow column instead of cutting its right side off.
        var size = string.Create(CultureInfo.InvariantCulture, $"<svg width=\"{Width}\" height=\"{height}\"");
        svg = svg.Replace(size, size + string.Create(CultureInfo.InvariantCulture, $" viewBox=\"0 0 {Width} {height}\""), StringComparison.Ordinal);

        // Every series lies inside its axes' fixed ranges, so clipping adds nothing; without it, legend text that
        // a viewer draws wider than the managed measurer predicted is not cut off at the legend box.
        return ClipPathAttribute().Replace(svg, string.Empty);
    }

    [GeneratedRegex(@" clip-path=""url\(#clipPath\d+\)""", RegexOptions.CultureInvariant)]
    private static partial Regex ClipPathAttribute();
}
