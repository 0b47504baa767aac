using System.Globalization;
using System.Text;
using PeerSupport.Analytics;
using PeerSupport.Analytics.Privacy;
using PeerSupport.Domain;

namespace PeerSupport.Cli.Rendering;

/// <summary>Formats statistics and privacy-checked report cells for people: suppressed and undefined values say so.</summary>
internal static class Cells
{
    /// <summary>The text shown for a suppressed cell.</summary>
    public const string Suppressed = "suppressed";

    /// <summary>Formats a cell as a number.</summary>
    /// <param name="cell">The cell.</param>
    /// <param name="decimals">The decimals.</param>
    /// <returns>The text.</returns>
    public static string Number(ReportCell cell, int decimals = 2) => cell.IsSuppressed ? Suppressed : Number(cell.Value, decimals);

    /// <summary>Formats a cell holding a proportion as a percentage.</summary>
    /// <param name="cell">The cell.</param>
    /// <returns>The text.</returns>
    public static string Percent(ReportCell cell) => cell.IsSuppressed ? Suppressed : Percent(cell.Value);

    /// <summary>Formats a count cell.</summary>
    /// <param name="cell">The cell.</param>
    /// <returns>The text.</returns>
    public static string Count(ReportCell cell) => cell.IsSuppressed ? Suppressed : Number(cell.Value, 0);

    /// <summary>Formats a statistic as a number, or <c>n/a</c> when undefined.</summary>
    /// <param name="value">The statistic.</param>
    /// <param name="decimals">The decimals.</param>
    /// <returns>The text.</returns>
    public static string Number(Statistic value, int decimals = 2) =>
        value.TryGetValue(out var v) ? v.ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture) : "n/a";

    /// <summary>Formats a statistic holding a proportion as a percentage, or <c>n/a</c>.</summary>
    /// <param name="value">The statistic.</param>
    /// <returns>The text.</returns>
    public static string Percent(Statistic value) =>
        value.TryGetValue(out var v) ? (v * 100).ToString("F0", CultureInfo.InvariantCulture) + " %" : "n/a";

    /// <summary>Names a facilitation model the way people write it (peer-led, co-facilitated, professional-led).</summary>
    /// <param name="model">The model.</param>
    /// <returns>The name.</returns>
    public static string Model(FacilitationModel model) => model switch
    {
        FacilitationModel.PeerLed => "peer-led",
        FacilitationModel.CoFacilitated => "co-facilitated",
        FacilitationModel.ProfessionalLed => "professional-led",
        _ => Words(model),
    };

    /// <summary>Turns a PascalCase enum value into lower words (<c>NoClearTrend</c> → <c>no clear trend</c>).</summary>
    /// <typeparam name="TEnum">The enum type.</typeparam>
    /// <param name="value">The value.</param>
    /// <returns>The words.</returns>
    public static string Words<TEnum>(TEnum value)
        where TEnum : struct, Enum
    {
        var name = value.ToString();
        var text = new StringBuilder();
        foreach (var c in name)
        {
            if (char.IsUpper(c) && text.Length > 0)
            {
                text.Append(' ');
            }

            text.Append(char.ToLowerInvariant(c));
        }

        return text.ToString();
    }
}
