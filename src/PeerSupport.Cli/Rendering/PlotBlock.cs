namespace PeerSupport.Cli.Rendering;

/// <summary>A plot as an inline SVG element (shown only in HTML).</summary>
/// <param name="Id">A stable id for the figure, e.g. <c>plot-retention</c>.</param>
/// <param name="Caption">The caption.</param>
/// <param name="Svg">The <c>&lt;svg&gt;</c> element, without XML declaration.</param>
internal sealed record PlotBlock(string Id, string Caption, string Svg) : ReportBlock;
