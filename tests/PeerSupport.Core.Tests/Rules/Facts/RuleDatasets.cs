using System.Collections.Immutable;
using PeerSupport.Datasets;
using PeerSupport.Domain;
using PeerSupport.Instruments;

namespace PeerSupport.Core.Tests.Rules.Facts;

/// <summary>A small synthetic dataset for the rules: one elevated-acuity group with weekly sessions ending on the as-of date.</summary>
internal sealed class RuleDatasets
{
    public static readonly DateOnly AsOf = new(2026, 3, 2);
    public static readonly GroupId G = GroupId.Create("G-1");

    private readonly List<GroupSession> _sessions = [];

    public RuleDatasets(Acuity acuity = Acuity.Elevated)
    {
        Builder.AddGroup(new PeerGroup(G, "Monday group", FacilitationModel.CoFacilitated, acuity));
        Builder.AddFacilitator(new Facilitator(FacilitatorId.Create("F-PEER"), FacilitatorRole.PeerFacilitator));
        Builder.AddMember(new Member(M("M1"), G, AsOf.AddDays(-120)));
    }

    public DatasetBuilder Builder { get; } = new();

    public static MemberId M(string id) => MemberId.Create(id);

    /// <summary>Adds a session <paramref name="daysAgo"/> before the as-of date and returns its id.</summary>
    public SessionId Session(int daysAgo, params string[] facilitators)
    {
        var id = SessionId.Create("S-" + (_sessions.Count + 1));
        var session = new GroupSession(id, G, AsOf.AddDays(-daysAgo), [.. (facilitators.Length == 0 ? ["F-PEER"] : facilitators).Select(FacilitatorId.Create)]);
        _sessions.Add(session);
        Builder.AddSession(session);
        return id;
    }

    public RuleDatasets Attend(SessionId session, AttendanceStatus status, string member = "M1")
    {
        Builder.AddAttendance(new AttendanceRecord(session, M(member), status));
        return this;
    }

    public RuleDatasets Phq9(int daysAgo, string member = "M1", params int?[] items)
    {
        Builder.AddAssessment(new Assessment(M(member), InstrumentId.Phq9, AsOf.AddDays(-daysAgo), [.. items]));
        return this;
    }

    public RuleDatasets Assessment(InstrumentId instrument, int daysAgo, int? total, string member = "M1")
    {
        Builder.AddAssessment(new Assessment(M(member), instrument, AsOf.AddDays(-daysAgo), default, total));
        return this;
    }

    public PeerSupportDataset Build()
    {
        var result = Builder.Build();
        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        return result.GetValueOrThrow();
    }

    public static int?[] Items(int item9, int others = 1) => [others, others, others, others, others, others, others, others, item9];
}
