using PeerSupport.Datasets;
using PeerSupport.Domain;
using PeerSupport.Instruments;

namespace PeerSupport.Analytics.Tests.Cohorts;

/// <summary>Larger synthetic cohorts built with <see cref="DatasetBuilder"/> from a seed (no real data).</summary>
internal static class CohortTestData
{
    public static readonly DateOnly Start = new(2026, 1, 5);

    public static readonly DateOnly AsOf = Start.AddDays(7 * 12);

    /// <summary>
    /// Builds <paramref name="groupsPerModel"/> groups of each facilitation model with <paramref name="membersPerGroup"/>
    /// members over 12 weekly sessions. PHQ-9: first ≈ N(14, 4²); last = first − 4 + group effect N(0, 1) + N(0, 3²) +
    /// <paramref name="peerLedShift"/> for peer-led members (positive = peer-led worse). About 15 % drop out without a last score.
    /// </summary>
    public static PeerSupportDataset Build(int seed, int groupsPerModel = 8, int membersPerGroup = 10, double peerLedShift = 0)
    {
        var random = new Random(seed);
        var builder = new DatasetBuilder();
        var peer = FacilitatorId.Create("FAC-PEER");
        var clinician = FacilitatorId.Create("FAC-CLIN");
        builder.AddFacilitator(new Facilitator(peer, FacilitatorRole.PeerFacilitator, new Credential("Peer training", FacilitatorRole.PeerFacilitator)));
        builder.AddFacilitator(new Facilitator(clinician, FacilitatorRole.LicensedClinician, new Credential("LCSW", FacilitatorRole.LicensedClinician)));
        foreach (var model in Enum.GetValues<FacilitationModel>())
        {
            for (var g = 0; g < groupsPerModel; g++)
            {
                var group = GroupId.Create($"G-{model}-{g}");
                builder.AddGroup(new PeerGroup(group, $"Group {g}", model));
                ImmutableFacilitators(builder, model, group, peer, clinician);
                var groupEffect = Normal(random);
                for (var m = 0; m < membersPerGroup; m++)
                {
                    var id = MemberId.Create($"MEM-{model}-{g}-{m}");
                    var dropWeek = random.NextDouble() < 0.15 ? random.Next(2, 10) : -1;
                    builder.AddMember(dropWeek < 0
                        ? new Member(id, group, Start)
                        : new Member(id, group, Start, Start.AddDays((7 * dropWeek) + 1), LeavingReason.DroppedOut));
                    for (var s = 0; s < 12 && (dropWeek < 0 || s <= dropWeek); s++)
                    {
                        var present = random.NextDouble() < 0.8;
                        builder.AddAttendance(new AttendanceRecord(
                            SessionId.Create($"S-{model}-{g}-{s}"),
                            id,
                            present ? AttendanceStatus.Present : AttendanceStatus.Absent,
                            present ? random.Next(1, 20) : null));
                    }

                    var first = Clamp(14 + (4 * Normal(random)));
                    builder.AddAssessment(new Assessment(id, InstrumentId.Phq9, Start, total: first));
                    if (dropWeek < 0)
                    {
                        var shift = model == FacilitationModel.PeerLed ? peerLedShift : 0;
                        var last = Clamp(first - 4 + groupEffect + (3 * Normal(random)) + shift);
                        builder.AddAssessment(new Assessment(id, InstrumentId.Phq9, Start.AddDays(7 * 11), total: last));
                    }
                }
            }
        }

        return builder.Build().GetValueOrThrow();
    }

    private static void ImmutableFacilitators(DatasetBuilder builder, FacilitationModel model, GroupId group, FacilitatorId peer, FacilitatorId clinician)
    {
        for (var s = 0; s < 12; s++)
        {
            var session = SessionId.Create($"S-{model}-{group.Value[(group.Value.LastIndexOf('-') + 1)..]}-{s}");
            var facilitators = model switch
            {
                FacilitationModel.PeerLed => new[] { peer },
                FacilitationModel.CoFacilitated => new[] { peer, clinician },
                _ => new[] { clinician },
            };
            builder.AddSession(new GroupSession(session, group, Start.AddDays(7 * s), [.. facilitators]));
        }
    }

    private static int Clamp(double value) => (int)Math.Clamp(Math.Round(value), 0, 27);

    private static double Normal(Random random)
        => Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
