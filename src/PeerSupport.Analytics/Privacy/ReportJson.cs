using System.Text.Json;

namespace PeerSupport.Analytics.Privacy;

/// <summary>
/// JSON settings for analytics results: camelCase names, <see cref="Statistic"/> through
/// <see cref="StatisticJsonConverter"/> (an undefined statistic becomes a null value with its reason, never NaN).
/// The enums of these results carry their own string converters.
/// </summary>
public static class ReportJson
{
    /// <summary>Creates serializer options for engagement, group-health and cohort results (a new, unfrozen instance each call).</summary>
    /// <param name="indented">Whether to indent the output. The default value is <see langword="false"/>.</param>
    /// <returns>The options; add a type resolver (for example a source-generated context) when trimming or publishing AOT.</returns>
    public static JsonSerializerOptions CreateOptions(bool indented = false)
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            WriteIndented = indented,
        };
        options.Converters.Add(new StatisticJsonConverter());
        return options;
    }
}
