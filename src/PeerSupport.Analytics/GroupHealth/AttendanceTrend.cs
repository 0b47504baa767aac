using System.Text.Json.Serialization;

namespace PeerSupport.Analytics.GroupHealth;

/// <summary>The direction of the weekly attendance rate by the Mann–Kendall test at the two-sided 5 % level.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<AttendanceTrend>))]
public enum AttendanceTrend
{
    /// <summary>Not assessed (too few weeks, or the figure is suppressed).</summary>
    NotAssessed = 0,

    /// <summary>No trend significant at 5 %.</summary>
    NoClearTrend = 1,

    /// <summary>A significant upward trend (S &gt; 0, p &lt; 0.05).</summary>
    Rising = 2,

    /// <summary>A significant downward trend (S &lt; 0, p &lt; 0.05).</summary>
    Falling = 3,
}
