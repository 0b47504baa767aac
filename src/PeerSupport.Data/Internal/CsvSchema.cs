using System.Globalization;

namespace PeerSupport.Data.Internal;

/// <summary>The name, required flag and columns of one file of the CSV dataset format.</summary>
internal sealed class CsvSchema
{
    private readonly HashSet<string> _known;

    private CsvSchema(string fileName, bool required, string[] requiredColumns, string[] optionalColumns, bool itemColumns)
    {
        FileName = fileName;
        IdColumn = requiredColumns[0].EndsWith("_id", StringComparison.Ordinal) ? requiredColumns[0] : null;
        Required = required;
        RequiredColumns = requiredColumns;
        OptionalColumns = optionalColumns;
        HasItemColumns = itemColumns;
        _known = new HashSet<string>([.. requiredColumns, .. optionalColumns], StringComparer.Ordinal);
        AllColumns = itemColumns ? [.. requiredColumns, .. optionalColumns.Take(optionalColumns.Length - 1), "item_1 … item_n", optionalColumns[^1]] : [.. requiredColumns, .. optionalColumns];
    }

    public static CsvSchema Programs { get; } = new("programs.csv", false, ["program_id", "name", "modules"], [], false);

    public static CsvSchema Groups { get; } = new("groups.csv", true, ["group_id", "name", "facilitation_model"], ["acuity", "modality", "capacity", "program_id", "started_on"], false);

    public static CsvSchema Facilitators { get; } = new("facilitators.csv", false, ["facilitator_id", "role"], ["credential", "credential_expires_on"], false);

    public static CsvSchema Members { get; } = new("members.csv", true, ["member_id", "group_id", "joined_on"], ["left_on", "left_reason", "consent_share_scores", "consent_research"], false);

    public static CsvSchema Sessions { get; } = new("sessions.csv", true, ["session_id", "group_id", "date"], ["facilitator_ids", "program_module"], false);

    public static CsvSchema Attendance { get; } = new("attendance.csv", true, ["session_id", "member_id", "status"], ["speaking_minutes", "turns"], false);

    public static CsvSchema Assessments { get; } = new("assessments.csv", false, ["member_id", "instrument", "date"], ["total"], true);

    public static CsvSchema Incidents { get; } = new("incidents.csv", false, ["incident_id", "session_id", "kind"], ["member_id", "severity"], false);

    public static CsvSchema Referrals { get; } = new("referrals.csv", false, ["referral_id", "member_id", "date", "target", "priority", "status"], ["rule_id"], false);

    public static CsvSchema Goals { get; } = new("goals.csv", false, ["member_id", "goal_id", "attainment", "date"], ["weight"], false);

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
}
