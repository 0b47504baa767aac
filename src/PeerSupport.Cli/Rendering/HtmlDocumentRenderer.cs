using System.Net;

namespace PeerSupport.Cli.Rendering;

/// <summary>
/// Renders a <see cref="ReportDocument"/> as ONE self-contained HTML file: inline CSS, inline SVG plots, no
/// scripts and nothing fetched over the network. The markup is well-formed XML (XHTML syntax) so that it can be
/// checked and post-processed with any XML tool.
/// </summary>
internal static class HtmlDocumentRenderer
{
    private const string Style = """
        body { font-family: system-ui, -apple-system, "Segoe UI", sans-serif; margin: 2rem auto; max-width: 84rem; padding: 0 1rem; color: #1f2933; line-height: 1.45; }
        p { max-width: 60rem; }
        .pair { display: flex; flex-wrap: wrap; gap: 1.5rem; align-items: flex-start; }
        .pair > .table-wrap { flex: 1 1 30rem; min-width: 0; overflow-x: auto; }
        .pair > figure { flex: 1 1 30rem; min-width: 0; margin-top: .6rem; }
        h1 { font-size: 1.6rem; border-bottom: 2px solid #3b6ea5; padding-bottom: .3rem; }
        h2 { font-size: 1.25rem; margin-top: 2rem; color: #24476b; }
        h3 { font-size: 1.05rem; margin-top: 1.4rem; }
        table { border-collapse: collapse; margin: .6rem 0 1rem; font-size: .9rem; }
        th, td { border: 1px solid #d0d7de; padding: .25rem .55rem; text-align: left; vertical-align: top; }
        th { background: #eef3f8; }
        tr:nth-child(even) td { background: #fafbfc; }
        figure { margin: 1rem 0 1.6rem; }
        figcaption { font-size: .9rem; color: #52606d; margin-top: .3rem; }
        svg { max-width: 100%; height: auto; }
        .note { font-size: .85rem; color: #52606d; }
        """;

    /// <summary>Writes the document.</summary>
    /// <param name="document">The document.</param>
    /// <param name="output">The writer.</param>
    public static void Write(ReportDocument document, TextWriter output)
    {
        output.WriteLine("<!DOCTYPE html>");
        output.WriteLine("<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\">");
        output.WriteLine("<head>");
        output.WriteLine("<meta charset=\"utf-8\" />");
        output.WriteLine("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />");
        output.WriteLine($"<title>{Encode(document.Title)}</title>");
        output.WriteLine("<style>");
        output.WriteLine(Style);
        output.WriteLine("</style>");
        output.WriteLine("</head>");
        output.WriteLine("<body>");
        output.WriteLine($"<h1>{Encode(document.Title)}</h1>");
        var blocks = document.Blocks;
        for (var i = 0; i < blocks.Count; i++)
        {
            switch (blocks[i])
            {
                case HeadingBlock heading:
                    var level = Math.Clamp(heading.Level, 2, 6);
                    output.WriteLine($"<h{level}>{Encode(heading.Text)}</h{level}>");
                    break;
                case ParagraphBlock paragraph:
                    output.WriteLine($"<p>{Encode(paragraph.Text)}</p>");
                    break;
                case TableBlock table when i + 1 < blocks.Count && blocks[i + 1] is PlotBlock plot && table.Headers.Count <= 4:
                    // A plot that follows a narrow table illustrates it: show them side by side (stacked on narrow
                    // screens). A wide table keeps the full width, with its plot right below it.
                    output.WriteLine("<div class=\"pair\">");
                    output.WriteLine("<div class=\"table-wrap\">");
                    WriteTable(table, output);
                    output.WriteLine("</div>");
                    WriteFigure(plot, output);
                    output.WriteLine("</div>");
                    i++;
                    break;
                case TableBlock table:
                    WriteTable(table, output);
                    break;
                case PlotBlock plot:
                    WriteFigure(plot, output);
                    break;
            }
        }

        output.WriteLine("</body>");
        output.WriteLine("</html>");
    }

    private static void WriteTable(TableBlock table, TextWriter output)
    {
        output.WriteLine("<table>");
        output.WriteLine("<thead><tr>" + string.Concat(table.Headers.Select(h => $"<th>{Encode(h)}</th>")) + "</tr></thead>");
        output.WriteLine("<tbody>");
        foreach (var row in table.Rows)
        {
            output.WriteLine("<tr>" + string.Concat(row.Select(c => $"<td>{Encode(c)}</td>")) + "</tr>");
        }

        output.WriteLine("</tbody>");
        output.WriteLine("</table>");
    }

    private static void WriteFigure(PlotBlock plot, TextWriter output)
    {
        output.WriteLine($"<figure id=\"{Encode(plot.Id)}\">");
        output.WriteLine(plot.Svg);
        output.WriteLine($"<figcaption>{Encode(plot.Caption)}</figcaption>");
        output.WriteLine("</figure>");
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
