namespace PeerSupport.Cli.Rendering;

/// <summary>Renders a <see cref="ReportDocument"/> as plain text for a terminal (plots are left out).</summary>
internal static class TextDocumentRenderer
{
    /// <summary>The widest line written, in characters.</summary>
    public const int MaxWidth = 100;

    /// <summary>Splits text into lines of at most <paramref name="width"/> characters at spaces (a longer word gets a line of its own).</summary>
    /// <param name="text">The text.</param>
    /// <param name="width">The widest line.</param>
    /// <returns>The lines.</returns>
    public static IEnumerable<string> Wrap(string text, int width)
    {
        var line = new System.Text.StringBuilder();
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > width)
            {
                yield return line.ToString();
                line.Clear();
            }

            if (line.Length > 0)
            {
                line.Append(' ');
            }

            line.Append(word);
        }

        if (line.Length > 0)
        {
            yield return line.ToString();
        }
    }

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
                    foreach (var line in Wrap(paragraph.Text, MaxWidth - 2))
                    {
                        output.WriteLine("  " + line);
                    }

                    break;
                case TableBlock table:
                    var text = new TextTable([.. table.Headers]);
                    foreach (var row in table.Rows)
                    {
                        text.Add([.. row]);
                    }

                    text.Write(output, "  ", MaxWidth);
                    break;
            }
        }
    }
}
