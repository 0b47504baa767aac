using BenchmarkDotNet.Attributes;
using PeerSupport.Datasets;
using PeerSupport.Domain;
using PeerSupport.Instruments;

namespace PeerSupport.Benchmarks;

/// <summary>
/// Validating and indexing a dataset: groups of 10 members meeting weekly for 26 weeks, with a PHQ-9 every
/// four weeks. <see cref="Members"/> scales the data so that linear growth is visible in the ratios.
/// </summary>
[MemoryDiagnoser]
public class DatasetBuildBenchmarks
{
    private readonly List<Action<DatasetBuilder>> _records = [];

    [Params(1_000, 10_000)]
    public int Members { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _records.Clear();
        var start = new DateOnly(2026, 1, 5);
        var facilitator = new Facilitator(FacilitatorId.Create("F-1"), FacilitatorRole.PeerFacilitator, new Credential("training", FacilitatorRole.PeerFacilitator));
        _records.Add(b => b.AddFacilitator(facilitator));
        for (var g = 0; g < Members / 10; g++)
        {
            var groupId = GroupId.Create($"G{g}");
            var group = new PeerGroup(groupId, $"Group {g}", FacilitationModel.PeerLed);
            _records.Add(b => b.AddGroup(group));
            var members = Enumerable.Range(0, 10).Select(m => new Member(MemberId.Create($"G{g}-M{m}"), groupId, start)).ToArray();
            foreach (var member in members)
            {
                _records.Add(b => b.AddMember(member));
            }

            for (var week = 0; week < 26; week++)
            {
                var session = new GroupSession(SessionId.Create($"G{g}-S{week}"), groupId, start.AddDays(7 * week), [facilitator.Id]);
                _records.Add(b => b.AddSession(session));
                foreach (var member in members)
                {
                    var status = (week + member.Id.Value.Length) % 5 == 0 ? AttendanceStatus.Absent : AttendanceStatus.Present;
                    var row = new AttendanceRecord(session.Id, member.Id, status);
                    _records.Add(b => b.AddAttendance(row));
                    if (week % 4 == 0)
                    {
                        var assessment = new Assessment(member.Id, InstrumentId.Phq9, session.Date, [1, 2, 1, 0, 1, 2, 1, 0, week % 8 == 0 ? 1 : 0]);
                        _records.Add(b => b.AddAssessment(assessment));
                    }
                }
            }
        }
    }

    [Benchmark]
    public int Build()
    {
        var builder = new DatasetBuilder();
        foreach (var add in _records)
        {
            add(builder);
        }

        return builder.Build().GetValueOrThrow().MemberHistories.Length;
    }
}
