using System.Text;

namespace PeerSupport.Cli.Rendering;

/// <summary>A plain-text table with left-aligned columns padded to the widest cell (no colours, safe to redirect).</summary>
internal sealed class TextTable
{
    private readonly string[] _headers;
    private readonly List<string[]> _rows = [];

    /// <summary>Initializes a new table.</summary>
    /// <param name="headers">The column headers.</param>
    public TextTable(params string[] headers) => _headers = headers;

    /// <summary>Gets the number of rows added.</summary>
    public int Count => _rows.Count;

    /// <summary>Adds a row.</summary>
    /// <param name="cells">One cell per column.</param>
    /// <exception cref="ArgumentException">Thrown when the number of cells differs from the number of headers.</exception>
    public void Add(params string[] cells)
    {
        if (cells.Length != _headers.Length)
        {
            throw new ArgumentException($"A row needs {_headers.Length} cells, had {cells.Length}.", nameof(cells));
        }

        _rows.Add(cells);
    }

    /// <summary>Writes the table, each line indented by <paramref name="indent"/>.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="indent">The indentation.</param>
    /// <param name="maxWidth">The widest line; a wider table wraps its last column, or lists each row as "header: value" lines.</param>
    public void Write(TextWriter writer, string indent = "  ", int maxWidth = int.MaxValue)
    {
        var widths = new int[_headers.Length];
        foreach (var row in _rows.Prepend(_headers))
        {
            for (var i = 0; i < row.Length; i++)
            {
                widths[i] = Math.Max(widths[i], row[i].Length);
            }
        }

        var lastStart = indent.Length + widths.Take(widths.Length - 1).Sum(w => w + 2);
        var total = lastStart + widths[^1];
        if (total > maxWidth && maxWidth - lastStart < 30)
        {
            // Too wide even with the last column wrapped: one block of "header: value" lines per row.
            WriteStacked(writer, indent, maxWidth);
            return;
        }

        if (total > maxWidth)
        {
            widths[^1] = maxWidth - lastStart;
        }

        WriteRow(writer, indent, _headers, widths);
        WriteRow(writer, indent, widths.Select(w => new string('-', w)).ToArray(), widths);
        foreach (var row in _rows)
        {
            WriteRow(writer, indent, row, widths);
        }
    }

    private void WriteStacked(TextWriter writer, string indent, int maxWidth)
    {
        var label = _headers.Max(h => h.Length) + 2;
        for (var r = 0; r < _rows.Count; r++)
        {
            if (r > 0)
            {
                writer.WriteLine();
            }

            for (var i = 0; i < _headers.Length; i++)
            {
                var lines = TextDocumentRenderer.Wrap(_rows[r][i], Math.Max(20, maxWidth - indent.Length - label)).DefaultIfEmpty(string.Empty).ToList();
                for (var l = 0; l < lines.Count; l++)
                {
                    var head = l == 0 ? (_headers[i] + ":").PadRight(label) : new string(' ', label);
                    writer.WriteLine((indent + head + lines[l]).TrimEnd());
                }
            }
        }
    }

    private static void WriteRow(TextWriter writer, string indent, string[] cells, int[] widths)
    {
        // The last column wraps at its width; continuation lines start under it.
        var last = TextDocumentRenderer.Wrap(cells[^1], Math.Max(1, widths[^1])).DefaultIfEmpty(string.Empty).ToList();
        var line = new StringBuilder(indent);
        for (var i = 0; i < cells.Length - 1; i++)
        {
            line.Append(cells[i].PadRight(widths[i] + 2));
        }

        var lead = line.Length;
        writer.WriteLine((line + last[0]).TrimEnd());
        foreach (var more in last.Skip(1))
        {
            writer.WriteLine((new string(' ', lead) + more).TrimEnd());
        }
    }
}
