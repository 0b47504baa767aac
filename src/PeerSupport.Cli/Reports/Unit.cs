using System.Globalization;
using PeerSupport.Analytics;
using PeerSupport.Analytics.GroupHealth;
using PeerSupport.Cli.Rendering;

namespace PeerSupport.Cli.Reports;

/// <summary>The unit and rounding of each Group Health Index component's value, in one place.</summary>
internal static class Unit
{
    /// <summary>Formats a component's value with its unit: "81 %", "0.61 (0-1)", "3.2 per 100 member-sessions", "+12 % net".</summary>
    /// <param name="kind">The component.</param>
    /// <param name="value">The value.</param>
    /// <param name="suppressed">Whether the value is suppressed.</param>
    /// <returns>The text; "suppressed" or "n/a" when there is no value to show.</returns>
    public static string Format(HealthComponentKind kind, Statistic value, bool suppressed = false)
    {
        if (suppressed || value.UndefinedReason?.StartsWith("suppressed", StringComparison.Ordinal) == true)
        {
            return Cells.Suppressed;
        }

        if (!value.TryGetValue(out var v))
        {
            return "n/a";
        }

        return kind switch
        {
            HealthComponentKind.ParticipationEquity => v.ToString("0.00", CultureInfo.InvariantCulture) + " (0-1)",
            HealthComponentKind.Safety => v.ToString("0.0", CultureInfo.InvariantCulture) + " per 100",
            HealthComponentKind.Outcomes => (v > 0 ? "+" : string.Empty) + Cells.Percent(value) + " net",
            _ => Cells.Percent(value),
        };
    }

    /// <summary>Gets a component's short name for table rows.</summary>
    /// <param name="kind">The component.</param>
    /// <returns>The name.</returns>
    public static string Short(HealthComponentKind kind) => kind switch
    {
        HealthComponentKind.Attendance => "attendance",
        HealthComponentKind.Retention => "retention",
        HealthComponentKind.ParticipationEquity => "equity",
        HealthComponentKind.Safety => "incident rate",
        HealthComponentKind.Facilitation => "no-gap sessions",
        HealthComponentKind.Outcomes => "net improvement",
        _ => "referrals",
    };

    /// <summary>Gets a component's name as a sentence starts it.</summary>
    /// <param name="kind">The component.</param>
    /// <returns>The label.</returns>
    public static string Label(HealthComponentKind kind) => kind switch
    {
        HealthComponentKind.Attendance => "Attendance",
        HealthComponentKind.Retention => "Retention",
        HealthComponentKind.ParticipationEquity => "Participation equity",
        HealthComponentKind.Safety => "Incident rate",
        HealthComponentKind.Facilitation => "Sessions without a facilitation gap",
        HealthComponentKind.Outcomes => "Net reliable improvement",
        _ => "Referral follow-through",
    };
}
