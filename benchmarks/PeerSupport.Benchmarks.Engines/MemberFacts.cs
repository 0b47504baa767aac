namespace PeerSupport.Benchmarks.Engines;

/// <summary>
/// The sixteen facts the default pack's member rules read, as a plain object (what RulesEngine and NRules evaluate).
/// Null is a fact with no value; <see cref="MissingMask"/> says which nulls are "missing" (data exist but are
/// incomplete) rather than "absent" (no data), a distinction only PeerSupport's engine draws.
/// </summary>
public sealed class MemberFacts
{
    /// <summary>The fact keys in slot order of <see cref="Values"/>.</summary>
    public static readonly string[] Keys =
    [
        "phq9.item9", "count(incidents.crisis_disclosure, 7d)", "phq9.total", "gad7.total", "k10.total", "phq9.change",
        "gad7.change", "phq9.attendedSinceBaseline", "attendance.consecutiveAbsences", "who5.total", "phq9.countInWindow",
        "phq9.lastItem9", "phq9.lastTotal", "phq9.daysSince", "attendance.attended", "phq9.baseline",
    ];

    public double? Phq9Item9 { get; set; }

    public double? CrisisDisclosures7d { get; set; }

    public double? Phq9Total { get; set; }

    public double? Gad7Total { get; set; }

    public double? K10Total { get; set; }

    public double? Phq9Change { get; set; }

    public double? Gad7Change { get; set; }

    public double? Phq9AttendedSinceBaseline { get; set; }

    public double? ConsecutiveAbsences { get; set; }

    public double? Who5Total { get; set; }

    public double? Phq9CountInWindow { get; set; }

    public double? Phq9LastItem9 { get; set; }

    public double? Phq9LastTotal { get; set; }

    public double? Phq9DaysSince { get; set; }

    public double? Attended { get; set; }

    public double? Phq9Baseline { get; set; }

    /// <summary>Gets or sets bit i set when the null value of <see cref="Keys"/>[i] is missing rather than absent.</summary>
    public int MissingMask { get; set; }

    /// <summary>Gets or sets the rules an engine without a result model (NRules) fired: bit i is rule i of <see cref="MemberRules.All"/>.</summary>
    public int FiredMask { get; set; }

    /// <summary>Gets the values in the order of <see cref="Keys"/>.</summary>
    /// <returns>A new array.</returns>
    public double?[] Values() =>
    [
        Phq9Item9, CrisisDisclosures7d, Phq9Total, Gad7Total, K10Total, Phq9Change, Gad7Change, Phq9AttendedSinceBaseline,
        ConsecutiveAbsences, Who5Total, Phq9CountInWindow, Phq9LastItem9, Phq9LastTotal, Phq9DaysSince, Attended, Phq9Baseline,
    ];

    /// <summary>Creates facts from values in the order of <see cref="Keys"/>.</summary>
    /// <param name="values">One value per key of <see cref="Keys"/>.</param>
    /// <param name="missingMask">Which nulls are missing rather than absent.</param>
    /// <returns>The facts.</returns>
    public static MemberFacts From(IReadOnlyList<double?> values, int missingMask = 0)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Count != Keys.Length)
        {
            throw new ArgumentException($"Expected {Keys.Length} values, got {values.Count}.", nameof(values));
        }

        return new MemberFacts
        {
            Phq9Item9 = values[0],
            CrisisDisclosures7d = values[1],
            Phq9Total = values[2],
            Gad7Total = values[3],
            K10Total = values[4],
            Phq9Change = values[5],
            Gad7Change = values[6],
            Phq9AttendedSinceBaseline = values[7],
            ConsecutiveAbsences = values[8],
            Who5Total = values[9],
            Phq9CountInWindow = values[10],
            Phq9LastItem9 = values[11],
            Phq9LastTotal = values[12],
            Phq9DaysSince = values[13],
            Attended = values[14],
            Phq9Baseline = values[15],
            MissingMask = missingMask,
        };
    }

    /// <inheritdoc />
    public override string ToString() =>
        string.Join(", ", Keys.Zip(Values(), (k, v) => k + "=" + (v?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "null")));
}
