namespace PeerSupport.Datasets;

/// <summary>
/// Where a record came from: a source (a file name or a JSON document), a 1-based line, and optionally
/// the 1-based column of each field, so that a problem with a field can be located as
/// <c>file:line:column</c>. The default value means "unknown location".
/// </summary>
/// <param name="Source">The file name or other source; never personal data.</param>
/// <param name="Line">The 1-based line of the record, or 0 when unknown.</param>
/// <param name="Columns">The 1-based column of each field name, shared by every record of a file; <see langword="null"/> when unknown.</param>
public readonly record struct RecordLocation(string? Source, int Line, IReadOnlyDictionary<string, int>? Columns = null)
{
    /// <summary>Gets the column of <paramref name="field"/>, or 0 when unknown.</summary>
    /// <param name="field">A field name such as <c>member_id</c>.</param>
    /// <returns>The 1-based column or 0.</returns>
    public int ColumnOf(string? field) => field is not null && Columns is not null && Columns.TryGetValue(field, out var column) ? column : 0;

    /// <summary>Formats the location, e.g. <c>attendance.csv:12</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Line > 0 ? $"{Source}:{Line}" : Source ?? string.Empty;

    /// <summary>Creates a problem located at a field of this record (its source, line, and the field's column when known).</summary>
    internal Problem ProblemAt(ProblemSeverity severity, string code, string message, string? field)
        => new(severity, code, message, Source, jsonPointer: null, Line, ColumnOf(field), field);
}
