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
    public void Write(TextWriter writer, string indent = "  ")
    {
        var widths = new int[_headers.Length];
        foreach (var row in _rows.Prepend(_headers))
        {
            for (var i = 0; i < row.Length; i++)
            {
                widths[i] = Math.Max(widths[i], row[i].Length);
            }
        }

        WriteRow(writer, indent, _headers, widths);
        WriteRow(writer, indent, widths.Select(w => new string('-', w)).ToArray(), widths);
        foreach (var row in _rows)
        {
            WriteRow(writer, indent, row, widths);
        }
    }

    private static void WriteRow(TextWriter writer, string indent, string[] cells, int[] widths)
    {
        var line = new StringBuilder(indent);
        for (var i = 0; i < cells.Length; i++)
        {
            line.Append(i == cells.Length - 1 ? cells[i] : cells[i].PadRight(widths[i] + 2));
        }

        writer.WriteLine(line.ToString().TrimEnd());
    }
}
