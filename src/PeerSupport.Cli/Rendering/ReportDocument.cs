namespace PeerSupport.Cli.Rendering;

/// <summary>A format-neutral report: blocks that text, Markdown and HTML renderers each lay out their way.</summary>
internal sealed class ReportDocument
{
    private readonly List<ReportBlock> _blocks = [];

    /// <summary>Initializes a new document.</summary>
    /// <param name="title">The title.</param>
    public ReportDocument(string title) => Title = title;

    /// <summary>Gets the title.</summary>
    public string Title { get; }

    /// <summary>Gets the blocks in order.</summary>
    public IReadOnlyList<ReportBlock> Blocks => _blocks;

    /// <summary>Adds a heading.</summary>
    /// <param name="level">The level (2 or 3).</param>
    /// <param name="text">The text.</param>
    public void Heading(int level, string text) => _blocks.Add(new HeadingBlock(level, text));

    /// <summary>Adds a paragraph.</summary>
    /// <param name="text">The text.</param>
    public void Paragraph(string text) => _blocks.Add(new ParagraphBlock(text));

    /// <summary>Adds a table.</summary>
    /// <param name="headers">The headers.</param>
    /// <param name="rows">The rows.</param>
    public void Table(IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string>> rows) => _blocks.Add(new TableBlock(headers, rows.ToList()));

    /// <summary>Adds a plot.</summary>
    /// <param name="plot">The plot.</param>
    public void Plot(PlotBlock plot) => _blocks.Add(plot);
}
