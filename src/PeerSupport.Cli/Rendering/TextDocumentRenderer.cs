namespace PeerSupport.Cli.Rendering;

/// <summary>Renders a <see cref="ReportDocument"/> as plain text for a terminal (plots are left out).</summary>
internal static class TextDocumentRenderer
{
    /// <summary>Writes the document.</summary>
    /// <param name="document">The document.</param>
    /// <param name="output">The writer.</param>
    public static void Write(ReportDocument document, TextWriter output)
    {
        output.WriteLine(document.Title);
        output.WriteLine(new string('=', document.Title.Length));
        foreach (var block in document.Blocks)
        {
            switch (block)
            {
                case HeadingBlock heading:
                    output.WriteLine();
                    output.WriteLine(heading.Text);
                    if (heading.Level <= 2)
                    {
                        output.WriteLine(new string('-', heading.Text.Length));
                    }

                    break;
                case ParagraphBlock paragraph:
                    output.WriteLine("  " + paragraph.Text);
                    break;
                case TableBlock table:
                    var text = new TextTable([.. table.Headers]);
                    foreach (var row in table.Rows)
                    {
                        text.Add([.. row]);
                    }

                    text.Write(output);
                    break;
            }
        }
    }
}
