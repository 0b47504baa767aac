using System.Globalization;

namespace PeerSupport.Data.Internal;

/// <summary>
/// The name, required flag and columns of one file of the CSV dataset format: the one definition the reader checks
/// headers against and the writer writes headers from.
/// </summary>
internal sealed class CsvSchema
{
    /// <summary>Where <c>item_1</c> … <c>item_n</c> go among the columns of a file that has them (before <c>total</c>).</summary>
    private const string ItemColumnsBefore = "total";

    private readonly HashSet<string> _known;
    private readonly string[] _columns;

    /// <param name="fileName">The file name.</param>
    /// <param name="required">Whether a dataset must have the file.</param>
    /// <param name="columns">Every column in the order the writer writes them; <c>?</c> at the end of a name marks an optional column.</param>
    /// <param name="itemColumns">Whether the file may carry <c>item_1</c> … <c>item_n</c>, written before <see cref="ItemColumnsBefore"/>.</param>
    private CsvSchema(string fileName, bool required, string[] columns, bool itemColumns = false)
    {
        _columns = [.. columns.Select(c => c.TrimEnd('?'))];
        string[] requiredColumns = [.. columns.Where(c => !c.EndsWith('?'))];
        string[] optionalColumns = [.. columns.Where(c => c.EndsWith('?')).Select(c => c.TrimEnd('?'))];
        FileName = fileName;
        IdColumn = requiredColumns[0].EndsWith("_id", StringComparison.Ordinal) ? requiredColumns[0] : null;
        Required = required;
        RequiredColumns = requiredColumns;
        OptionalColumns = optionalColumns;
        HasItemColumns = itemColumns;
        _known = new HashSet<string>(_columns, StringComparer.Ordinal);

        // Messages name the required columns first, then the optional ones (item columns where they are written).
        string[] documented = [.. requiredColumns, .. optionalColumns];
        AllColumns = itemColumns ? [.. documented.TakeWhile(c => c != ItemColumnsBefore), "item_1 … item_n", .. documented.SkipWhile(c => c != ItemColumnsBefore)] : documented;
    }

    public static CsvSchema Programs { get; } = new("programs.csv", false, ["program_id", "name", "modules"]);

    public static CsvSchema Groups { get; } = new("groups.csv", true, ["group_id", "name", "facilitation_model", "acuity?", "modality?", "capacity?", "program_id?", "started_on?"]);

    public static CsvSchema Facilitators { get; } = new("facilitators.csv", false, ["facilitator_id", "role", "credential?", "credential_expires_on?"]);

    public static CsvSchema Members { get; } = new("members.csv", true, ["member_id", "group_id", "joined_on", "left_on?", "left_reason?", "consent_share_scores?", "consent_research?"]);

    public static CsvSchema Sessions { get; } = new("sessions.csv", true, ["session_id", "group_id", "date", "facilitator_ids?", "program_module?"]);

    public static CsvSchema Attendance { get; } = new("attendance.csv", true, ["session_id", "member_id", "status", "speaking_minutes?", "turns?"]);

    public static CsvSchema Assessments { get; } = new("assessments.csv", false, ["member_id", "instrument", "date", "total?"], itemColumns: true);

    public static CsvSchema Incidents { get; } = new("incidents.csv", false, ["incident_id", "session_id", "member_id?", "kind", "severity?"]);

    public static CsvSchema Referrals { get; } = new("referrals.csv", false, ["referral_id", "member_id", "date", "target", "priority", "status", "rule_id?"]);

    public static CsvSchema Goals { get; } = new("goals.csv", false, ["member_id", "goal_id", "weight?", "attainment", "date"]);

    /// <summary>Gets every file of the format, in the order the reader reads them (parents first).</summary>
    public static IReadOnlyList<CsvSchema> All { get; } = [Programs, Groups, Facilitators, Members, Sessions, Attendance, Assessments, Incidents, Referrals, Goals];

    public string FileName { get; }

    public bool Required { get; }

    /// <summary>Gets the column that identifies a row (the first required column when it is an id), or <see langword="null"/>.</summary>
    public string? IdColumn { get; }

    public IReadOnlyList<string> RequiredColumns { get; }

    public IReadOnlyList<string> OptionalColumns { get; }

    /// <summary>Gets every column for messages, in the documented order.</summary>
    public IReadOnlyList<string> AllColumns { get; }

    /// <summary>Gets a value indicating whether the file may carry <c>item_1</c> … <c>item_n</c> columns.</summary>
    public bool HasItemColumns { get; }

    public bool IsKnown(string column) => _known.Contains(column);

    /// <summary>
    /// Checks whether <paramref name="column"/> is an item column (<c>item_1</c> … <c>item_200</c>) of a file
    /// that has them; returns the rule broken for a malformed one such as <c>item_0</c> or <c>item_07</c>.
    /// </summary>
    public string? CheckPatternColumn(string column, out bool isPattern)
    {
        isPattern = false;
        if (!HasItemColumns || !column.StartsWith("item_", StringComparison.Ordinal))
        {
            return null;
        }

        var number = ItemNumber(column);
        if (number is null)
        {
            return $"is not an item column; item columns are item_1 to item_{Domain.Assessment.MaxItems.ToString(CultureInfo.InvariantCulture)} (no leading zeros)";
        }

        isPattern = true;
        return null;
    }

    /// <summary>Returns the 1-based item number of an item column name, or <see langword="null"/>.</summary>
    public static int? ItemNumber(string column)
    {
        var digits = column.AsSpan(5);
        if (digits.IsEmpty || digits[0] == '0' || digits.Length > 3)
        {
            return null;
        }

        foreach (var c in digits)
        {
            if (c is < '0' or > '9')
            {
                return null;
            }
        }

        var number = int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);
        return number <= Domain.Assessment.MaxItems ? number : null;
    }

    public static string ItemColumn(int number) => "item_" + number.ToString(CultureInfo.InvariantCulture);

    /// <summary>Gets the header the writer writes: every column in order, with <paramref name="itemCount"/> item columns in a file that has them.</summary>
    public string[] Header(int itemCount = 0)
    {
        if (!HasItemColumns || itemCount == 0)
        {
            return [.. _columns];
        }

        var at = Array.IndexOf(_columns, ItemColumnsBefore);
        return [.. _columns[..at], .. Enumerable.Range(1, itemCount).Select(ItemColumn), .. _columns[at..]];
    }
}
