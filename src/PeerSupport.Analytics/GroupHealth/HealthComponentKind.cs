using System.Text.Json.Serialization;

namespace PeerSupport.Analytics.GroupHealth;

/// <summary>The components of the Group Health Index (docs/group-health.md).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<HealthComponentKind>))]
public enum HealthComponentKind
{
    /// <summary>Attendance rate over expected member-sessions; higher is better.</summary>
    Attendance = 0,

    /// <summary>Kaplan–Meier probability of not having dropped out by the retention horizon; higher is better.</summary>
    Retention = 1,

    /// <summary>Participation equity, 1 − corrected Gini of speaking minutes per session; higher is better.</summary>
    ParticipationEquity = 2,

    /// <summary>Incidents per 100 attended member-sessions; lower is better.</summary>
    Safety = 3,

    /// <summary>Share of sessions without a facilitation-policy gap; higher is better.</summary>
    Facilitation = 4,

    /// <summary>Net reliable improvement on the PHQ-9 (Jacobson–Truax improved or recovered, minus deteriorated); higher is better.</summary>
    Outcomes = 5,

    /// <summary>Share of referrals made that were accepted or completed; higher is better.</summary>
    ReferralFollowThrough = 6,
}
