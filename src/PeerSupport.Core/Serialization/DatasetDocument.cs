using System.Collections.Immutable;
using PeerSupport.Datasets;
using PeerSupport.Domain;

namespace PeerSupport.Serialization;

/// <summary>The JSON shape of a whole dataset: metadata and one array per record type (the CSV files' content).</summary>
internal sealed class DatasetDocument
{
    public DatasetMetadata? Metadata { get; set; }

    public ImmutableArray<Programme> Programmes { get; set; } = [];

    public ImmutableArray<PeerGroup> Groups { get; set; } = [];

    public ImmutableArray<Facilitator> Facilitators { get; set; } = [];

    public ImmutableArray<Member> Members { get; set; } = [];

    public ImmutableArray<GroupSession> Sessions { get; set; } = [];

    public ImmutableArray<AttendanceRecord> Attendance { get; set; } = [];

    public ImmutableArray<Assessment> Assessments { get; set; } = [];

    public ImmutableArray<Incident> Incidents { get; set; } = [];

    public ImmutableArray<Referral> Referrals { get; set; } = [];

    public ImmutableArray<GoalRating> Goals { get; set; } = [];
}
