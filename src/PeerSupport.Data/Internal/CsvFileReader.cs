using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;
using nietras.SeparatedValues;
using PeerSupport.Datasets;
using PeerSupport.Domain;

namespace PeerSupport.Data.Internal;

/// <summary>
/// Streams the rows of one CSV file of a dataset: checks the header against the file's schema, skips
/// malformed rows with a located error, and parses cells into domain values, recording every problem
/// as <c>file:line:column</c>. One row is held at a time; the file's text is never held whole.
/// </summary>
internal sealed class CsvFileReader : IDisposable
{
    /// <summary>The longest row the CSV parser holds (Sep's limit): longer rows are reported, not read.</summary>
    private const int MaxRowLength = 16 * 1024 * 1024;

    /// <summary>How many column names <see cref="IndexOf"/> remembers by reference (a file's columns, item columns included).</summary>
    private const int MaxCachedLookups = 64;

    private static readonly UTF8Encoding s_strictUtf8 = new(encoderShouldEmitUTF8Identifier: true, throwOnInvalidBytes: true);

    private readonly SepReader _reader;
    private readonly Dictionary<string, int> _index;
    private readonly ProblemSink _problems;
    private readonly int _headerCount;
    private readonly int _idIndex;
    private readonly string[] _lookupNames = new string[MaxCachedLookups];
    private readonly int[] _lookupIndexes = new int[MaxCachedLookups];
    private int _lookupCount;
    private bool _failed;

    private CsvFileReader(CsvSchema schema, SepReader reader, Dictionary<string, int> index, int headerCount, ProblemSink problems)
    {
        FileName = schema.FileName;
        _idIndex = schema.IdColumn is { } idColumn && index.TryGetValue(idColumn, out var i) ? i : -1;
        _reader = reader;
        _index = index;
        _headerCount = headerCount;
        _problems = problems;
        Columns = index.ToDictionary(kv => kv.Key, kv => kv.Value + 1, StringComparer.Ordinal);
    }

    /// <summary>Gets the file name (no folder), used as the problem source.</summary>
    public string FileName { get; }

    /// <summary>Gets the 1-based column of each header name.</summary>
    public IReadOnlyDictionary<string, int> Columns { get; }

    /// <summary>Gets the names of the header columns that match <see cref="CsvSchema.CheckPatternColumn"/> (item columns).</summary>
    public IReadOnlyList<string> PatternColumns { get; private set; } = [];

    /// <summary>Gets the id cells of rows skipped because their field count was wrong, so that rows referring to them can be skipped too.</summary>
    public List<string> SkippedRowIds { get; } = [];

    /// <summary>Gets the 1-based line on which the current row starts.</summary>
    public int Line { get; private set; }

    /// <summary>Gets the location of the current row.</summary>
    public RecordLocation Location => new(FileName, Line, Columns);

    /// <summary>
    /// Opens a file and checks its header. Returns <see langword="null"/> (after recording why) when the
    /// file is absent, unreadable, empty or lacks a required column.
    /// </summary>
    public static CsvFileReader? Open(string directory, CsvSchema schema, ProblemSink problems)
    {
        var path = Path.Combine(directory, schema.FileName);
        switch (DatasetFile.Check(directory, schema.FileName, problems, out _))
        {
            case DatasetFile.Status.Missing:
                if (schema.Required)
                {
                    problems.Error("missing-file", $"required file {schema.FileName} is missing from the dataset folder", schema.FileName, 0, 0, null);
                }

                return null;
            case DatasetFile.Status.Refused:
                return null;
            case DatasetFile.Status.Empty:
                problems.Error("empty-file", $"{schema.FileName} is empty or is not a regular file (FIFOs, devices and sockets are never read); expected a header row naming the columns {string.Join(", ", schema.RequiredColumns)}", schema.FileName, 1, 0, null);
                return null;
        }

        SepReader reader;
        try
        {
            var text = new StreamReader(path, s_strictUtf8, detectEncodingFromByteOrderMarks: false, new FileStreamOptions { Access = FileAccess.Read, Mode = FileMode.Open, Share = FileShare.Read, Options = FileOptions.SequentialScan });
            reader = Sep.New(',').Reader(o => o with { HasHeader = false, Unescape = true, DisableColCountCheck = true, DisableFastFloat = true }).From(text);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or DecoderFallbackException)
        {
            problems.Error("unreadable-file", $"{schema.FileName} cannot be read: {Describe(ex)}", schema.FileName, 0, 0, null);
            return null;
        }

        var ok = false;
        try
        {
            var result = ReadHeader(reader, schema, problems);
            ok = result is not null;
            return result;
        }
        catch (Exception ex) when (ex is IOException or DecoderFallbackException or InvalidDataException or NotSupportedException)
        {
            problems.Error("unreadable-file", $"{schema.FileName} header cannot be read: {Describe(ex)}", schema.FileName, 1, 0, null);
            return null;
        }
        finally
        {
            if (!ok)
            {
                reader.Dispose();
            }
        }
    }

    /// <summary>Moves to the next well-formed data row, reporting and skipping blank and malformed rows.</summary>
    public bool MoveNext()
    {
        while (!_failed)
        {
            try
            {
                if (!_reader.MoveNext())
                {
                    return false;
                }
            }
            catch (Exception ex) when (ex is IOException or DecoderFallbackException or InvalidDataException or NotSupportedException)
            {
                _failed = true;
                // The reader decodes ahead of the current row, so the fault lies somewhere after the last row read.
                _problems.Error("unreadable-file", $"{FileName} cannot be read after line {Line.ToString(CultureInfo.InvariantCulture)}: {Describe(ex)}; the rest of the file is skipped", FileName, 0, 0, null);
                return false;
            }

            var row = _reader.Current;
            Line = row.LineNumberFrom;
            if (row.ColCount == 1 && row[0].Span.IsEmpty)
            {
                _problems.Warning("blank-line", "blank line ignored", FileName, Line, 0, null);
                continue;
            }

            if (row.Span.Count('"') % 2 != 0)
            {
                // Quotes always come in pairs in RFC 4180; an odd count means a quoted field that is
                // never closed, so everything after it up to the end of the file was swallowed.
                _problems.Error(
                    "unterminated-quote",
                    "a quoted field opened on this line is never closed, so the rest of the file was read into it; the row is skipped (close the quote, and double quotes inside quoted fields)",
                    FileName,
                    Line,
                    0,
                    null);
                SkipRowId(row);
                continue;
            }

            if (row.ColCount != _headerCount)
            {
                var column = Math.Min(row.ColCount, _headerCount) + 1;
                _problems.Error(
                    "field-count",
                    $"row has {row.ColCount} fields but the header has {_headerCount}; the row is skipped (quote fields that contain commas, quotes or line breaks)",
                    FileName,
                    Line,
                    column,
                    null);
                SkipRowId(row);
                continue;
            }

            return true;
        }

        return false;
    }

    /// <summary>Returns whether the header has <paramref name="column"/>.</summary>
    public bool Has(string column) => _index.ContainsKey(column);

    /// <summary>Gets the raw (unescaped) text of a cell of the current row; empty when the column is absent.</summary>
    public ReadOnlySpan<char> Cell(string column) => IndexOf(column) is var i and >= 0 ? _reader.Current[i].Span : [];

    /// <summary>Records an error at a cell of the current row.</summary>
    public void Error(string code, string column, string message)
        => _problems.Error(code, message, FileName, Line, ColumnOf(column), column);

    /// <summary>Records a warning at a cell of the current row.</summary>
    public void Warning(string code, string column, string message)
        => _problems.Warning(code, message, FileName, Line, ColumnOf(column), column);

    /// <summary>Reads optional text: <see langword="null"/> when the cell is empty.</summary>
    public string? Text(string column)
    {
        var span = Cell(column);
        return span.IsEmpty ? null : span.ToString();
    }

    /// <summary>Reads required text, recording an error when the cell is empty.</summary>
    public bool TryRequiredText(string column, [NotNullWhen(true)] out string? value)
    {
        value = Text(column);
        if (value is null)
        {
            Error("missing-value", column, $"{column} is required but empty");
            return false;
        }

        return true;
    }

    /// <summary>Reads a required identifier, reusing an id already in <paramref name="pool"/> or adding the new one to it.</summary>
    public bool TryId<T>(string column, out T value, IdPool<T>? pool = null)
        where T : struct, IIdentifier<T>
    {
        if (pool is not null && pool.TryGet(Cell(column), out value))
        {
            return true;
        }

        value = default;
        if (!TryRequiredText(column, out var text) || !TryCreateId(column, text, out value))
        {
            return false;
        }

        pool?.Add(value);
        return true;
    }

    /// <summary>Reads an optional identifier, reusing an id already in <paramref name="pool"/>.</summary>
    public bool TryOptionalId<T>(string column, out T? value, IdPool<T>? pool = null)
        where T : struct, IIdentifier<T>
    {
        value = null;
        if (pool is not null && pool.TryGet(Cell(column), out var known))
        {
            value = known;
            return true;
        }

        var text = Text(column);
        if (text is null)
        {
            return true;
        }

        if (!TryCreateId<T>(column, text, out var id))
        {
            return false;
        }

        value = id;
        return true;
    }

    /// <summary>Creates an identifier from text, recording an error (that does not echo the text) when it breaks a rule.</summary>
    public bool TryCreateId<T>(string column, string text, out T value)
        where T : struct, IIdentifier<T>
    {
        try
        {
            value = T.Create(text);
            return true;
        }
        catch (ArgumentException ex)
        {
            Error("invalid-id", column, $"{column}: {FirstSentence(ex.Message)}");
            value = default;
            return false;
        }
    }

    /// <summary>Reads a required date in <c>yyyy-MM-dd</c> form.</summary>
    public bool TryDate(string column, out DateOnly value)
    {
        value = default;
        if (Cell(column).IsEmpty)
        {
            Error("missing-value", column, $"{column} is required but empty");
            return false;
        }

        if (!TryOptionalDate(column, out var date))
        {
            return false;
        }

        value = date!.Value;
        return true;
    }

    /// <summary>Reads an optional date in <c>yyyy-MM-dd</c> form.</summary>
    public bool TryOptionalDate(string column, out DateOnly? value)
    {
        value = null;
        var span = Cell(column);
        if (span.IsEmpty)
        {
            return true;
        }

        if (!TryParseDate(span, out var date))
        {
            Error("invalid-date", column, $"{column} '{Clip(span)}' is not a valid date in yyyy-MM-dd form");
            return false;
        }

        value = date;
        return true;
    }

    /// <summary>Reads a required integer (invariant culture, optional leading minus).</summary>
    public bool TryInt(string column, out int value)
    {
        value = 0;
        if (Cell(column).IsEmpty)
        {
            Error("missing-value", column, $"{column} is required but empty");
            return false;
        }

        if (!TryOptionalInt(column, out var number))
        {
            return false;
        }

        value = number!.Value;
        return true;
    }

    /// <summary>Reads an optional integer (invariant culture, optional leading minus).</summary>
    public bool TryOptionalInt(string column, out int? value)
    {
        value = null;
        var span = Cell(column);
        if (span.IsEmpty)
        {
            return true;
        }

        if (span[0] == '+' || !int.TryParse(span, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number))
        {
            Error("invalid-number", column, $"{column} '{Clip(span)}' is not a whole number");
            return false;
        }

        value = number;
        return true;
    }

    /// <summary>Reads an optional finite number with <c>.</c> as the decimal point.</summary>
    public bool TryOptionalDouble(string column, out double? value)
    {
        value = null;
        var span = Cell(column);
        if (span.IsEmpty)
        {
            return true;
        }

        if (span[0] == '+' || !double.TryParse(span, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out var number)
            || !double.IsFinite(number))
        {
            Error("invalid-number", column, $"{column} '{Clip(span)}' is not a number (invariant culture, '.' as decimal point)");
            return false;
        }

        value = number;
        return true;
    }

    /// <summary>Reads an optional boolean written exactly <c>true</c> or <c>false</c>.</summary>
    public bool TryOptionalBool(string column, out bool? value)
    {
        value = null;
        var span = Cell(column);
        if (span.IsEmpty)
        {
            return true;
        }

        if (span.SequenceEqual("true"))
        {
            value = true;
            return true;
        }

        if (span.SequenceEqual("false"))
        {
            value = false;
            return true;
        }

        Error("invalid-boolean", column, $"{column} '{Clip(span)}' is not a boolean; expected true or false");
        return false;
    }

    /// <summary>Reads a required enum value by its wire name.</summary>
    public bool TryEnum<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicFields)] TEnum>(string column, out TEnum value)
        where TEnum : struct, Enum
    {
        value = default;
        if (Cell(column).IsEmpty)
        {
            Error("missing-value", column, $"{column} is required but empty; expected one of {string.Join(", ", WireNames.All<TEnum>())}");
            return false;
        }

        if (!TryOptionalEnum<TEnum>(column, out var parsed))
        {
            return false;
        }

        value = parsed!.Value;
        return true;
    }

    /// <summary>Reads an optional enum value by its wire name.</summary>
    public bool TryOptionalEnum<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicFields)] TEnum>(string column, out TEnum? value)
        where TEnum : struct, Enum
    {
        value = null;
        var text = Cell(column);
        if (text.IsEmpty)
        {
            return true;
        }

        if (!EnumNames<TEnum>.TryParse(text, out var parsed))
        {
            Error("invalid-enum", column, $"{column}: {WireNames.Describe<TEnum>(Clip(text))}");
            return false;
        }

        value = parsed;
        return true;
    }

    /// <summary>Records an exception thrown by a domain constructor as an error at the column its parameter maps to.</summary>
    public void ConstructorError(ArgumentException exception, Func<string?, string> columnOfParameter)
    {
        var column = columnOfParameter(exception.ParamName);
        Error("invalid-value", column, FirstSentence(exception.Message));
    }

    /// <inheritdoc/>
    public void Dispose() => _reader.Dispose();

    /// <summary>Turns a camelCase parameter name into the snake_case column of the CSV format.</summary>
    public static string SnakeCase(string name)
    {
        var text = new StringBuilder(name.Length + 4);
        foreach (var c in name)
        {
            if (char.IsUpper(c))
            {
                text.Append('_').Append(char.ToLowerInvariant(c));
            }
            else
            {
                text.Append(c);
            }
        }

        return text.ToString().Replace("programme", "program", StringComparison.Ordinal);
    }

    /// <summary>Removes the " (Parameter 'x')" suffix the BCL appends to argument exception messages.</summary>
    public static string FirstSentence(string message)
    {
        var cut = message.IndexOf(" (Parameter", StringComparison.Ordinal);
        message = cut >= 0 ? message[..cut] : message;
        cut = message.IndexOf("\nActual value", StringComparison.Ordinal);
        message = cut >= 0 ? message[..cut] : message;
        return message.Trim().TrimEnd('.');
    }

    private static CsvFileReader? ReadHeader(SepReader reader, CsvSchema schema, ProblemSink problems)
    {
        if (!reader.MoveNext())
        {
            problems.Error("empty-file", $"{schema.FileName} is empty; expected a header row naming the columns {string.Join(", ", schema.RequiredColumns)}", schema.FileName, 1, 0, null);
            return null;
        }

        var header = reader.Current;
        var index = new Dictionary<string, int>(header.ColCount, StringComparer.Ordinal);
        var patternColumns = new List<string>();
        var ok = true;
        for (var i = 0; i < header.ColCount; i++)
        {
            var name = header[i].ToString();
            if (i == 0 && name.Length > 0 && name[0] == '\uFEFF')
            {
                name = name[1..];
            }

            if (!index.TryAdd(name, i))
            {
                problems.Error("duplicate-column", $"column '{Clip(name)}' appears more than once in the header (first as column {(index[name] + 1).ToString(CultureInfo.InvariantCulture)})", schema.FileName, 1, i + 1, Clip(name));
                ok = false;
                continue;
            }

            var patternProblem = schema.CheckPatternColumn(name, out var isPattern);
            if (patternProblem is not null)
            {
                problems.Error("bad-column", $"column '{Clip(name)}' {patternProblem}", schema.FileName, 1, i + 1, Clip(name));
                ok = false;
            }
            else if (isPattern)
            {
                patternColumns.Add(name);
            }
            else if (!schema.IsKnown(name))
            {
                problems.Warning("unknown-column", $"unknown column '{Clip(name)}' is ignored; {schema.FileName} columns are {string.Join(", ", schema.AllColumns)}", schema.FileName, 1, i + 1, Clip(name));
            }
        }

        foreach (var required in schema.RequiredColumns)
        {
            if (!index.ContainsKey(required))
            {
                problems.Error("missing-column", $"{schema.FileName} lacks the required column '{required}'", schema.FileName, 1, 0, required);
                ok = false;
            }
        }

        if (!ok)
        {
            return null;
        }

        return new CsvFileReader(schema, reader, index, header.ColCount, problems) { PatternColumns = patternColumns };
    }

    private void SkipRowId(SepReader.Row row)
    {
        if (_idIndex >= 0 && _idIndex < row.ColCount && !row[_idIndex].Span.IsEmpty)
        {
            SkippedRowIds.Add(row[_idIndex].ToString());
        }
    }

    private int ColumnOf(string column) => IndexOf(column) + 1;

    /// <summary>
    /// Gets the 0-based index of a header column, or -1. Callers name columns with the same string instances row
    /// after row (literals and the header's item column names), so the index is found by reference among those seen
    /// before hashing the name.
    /// </summary>
    private int IndexOf(string column)
    {
        var names = _lookupNames.AsSpan(0, _lookupCount);
        for (var i = 0; i < names.Length; i++)
        {
            if (ReferenceEquals(names[i], column))
            {
                return _lookupIndexes[i];
            }
        }

        var index = _index.TryGetValue(column, out var found) ? found : -1;
        if (_lookupCount < MaxCachedLookups)
        {
            _lookupNames[_lookupCount] = column;
            _lookupIndexes[_lookupCount++] = index;
        }

        return index;
    }

    /// <summary>
    /// Parses a date in <c>yyyy-MM-dd</c> form exactly as <see cref="DateOnly.TryParseExact(ReadOnlySpan{char}, ReadOnlySpan{char}, IFormatProvider?, DateTimeStyles, out DateOnly)"/>
    /// does with the invariant culture, without its general format machinery for the usual ten ASCII characters.
    /// </summary>
    internal static bool TryParseDate(ReadOnlySpan<char> text, out DateOnly date)
    {
        if (text.Length == 10 && text[4] == '-' && text[7] == '-'
            && TryDigits(text[..4], out var year) && TryDigits(text.Slice(5, 2), out var month) && TryDigits(text.Slice(8, 2), out var day))
        {
            var valid = year >= 1 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month);
            date = valid ? new DateOnly(year, month, day) : default;
            return valid;
        }

        return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
    }

    private static bool TryDigits(ReadOnlySpan<char> text, out int value)
    {
        value = 0;
        foreach (var c in text)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        return true;
    }

    private static string Describe(Exception ex) => ex switch
    {
        DecoderFallbackException => "the file is not valid UTF-8 (save it as UTF-8)",
        NotSupportedException => string.Create(CultureInfo.InvariantCulture, $"a row is longer than {MaxRowLength / (1024 * 1024)} Mi characters (a quote that is never closed, or a field far too long)"),
        _ => FirstSentence(ex.Message),
    };

    /// <summary>Shortens a value echoed in a message so that a pasted paragraph does not flood the report.</summary>
    private static string Clip(ReadOnlySpan<char> text) => text.Length <= 80 ? text.ToString() : string.Concat(text[..80], "…");
}
