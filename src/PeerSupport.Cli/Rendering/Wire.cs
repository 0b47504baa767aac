using System.Globalization;
using PeerSupport.Rules;

namespace PeerSupport.Cli.Rendering;

/// <summary>Lower snake_case wire names and invariant number/date formatting for text output.</summary>
internal static class Wire
{
    /// <summary>Gets the wire name of an action (refer, outreach, screen, review).</summary>
    /// <param name="action">The action.</param>
    /// <returns>The name.</returns>
    public static string Name(RuleAction action) => action.ToString().ToLowerInvariant();

    /// <summary>Gets the wire name of a priority (routine, urgent, asap, stat).</summary>
    /// <param name="priority">The priority.</param>
    /// <returns>The name.</returns>
    public static string Name(RulePriority priority) => priority.ToString().ToLowerInvariant();

    /// <summary>Gets the wire name of a subject kind (member, group).</summary>
    /// <param name="subject">The subject kind.</param>
    /// <returns>The name.</returns>
    public static string Name(RuleSubject subject) => subject.ToString().ToLowerInvariant();

    /// <summary>Formats a date as ISO yyyy-MM-dd.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The text.</returns>
    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Formats a number with invariant culture and a fixed number of decimals.</summary>
    /// <param name="value">The value.</param>
    /// <param name="decimals">The number of decimals.</param>
    /// <returns>The text.</returns>
    public static string Number(double value, int decimals = 1) => value.ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
}
