namespace PeerSupport.Cli.Rendering;

/// <summary>Renders a <see cref="ReportDocument"/> as GitHub-flavoured Markdown (plots are left out).</summary>
internal static class MarkdownDocumentRenderer
{
    /// <summary>Writes the document.</summary>
    /// <param name="document">The document.</param>
    /// <param name="output">The writer.</param>
    public static void Write(ReportDocument document, TextWriter output)
    {
        output.WriteLine("# " + Escape(document.Title));
        foreach (var block in document.Blocks)
        {
            output.WriteLine();
            switch (block)
            {
                case HeadingBlock heading:
                    output.WriteLine(new string('#', Math.Clamp(heading.Level, 2, 6)) + " " + Escape(heading.Text));
                    break;
                case ParagraphBlock paragraph:
                    output.WriteLine(Escape(paragraph.Text));
                    break;
                case TableBlock table:
                    output.WriteLine("| " + string.Join(" | ", table.Headers.Select(Escape)) + " |");
                    output.WriteLine("|" + string.Concat(table.Headers.Select(_ => " --- |")));
                    foreach (var row in table.Rows)
                    {
                        output.WriteLine("| " + string.Join(" | ", row.Select(Escape)) + " |");
                    }

                    break;
                case PlotBlock plot:
                    output.WriteLine($"_{Escape(plot.Caption)}: see the HTML report (`--format html`)._");
                    break;
            }
        }
    }

    private static string Escape(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).Replace("*", "\\*", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);
}
