using System.Collections.Immutable;
using System.Globalization;
using PeerSupport.Datasets;
using PeerSupport.Domain;
using PeerSupport.Instruments;
using PeerSupport.Rules;

namespace PeerSupport.Data.Tests;

/// <summary>
/// Generates valid synthetic datasets from a seed, exercising every column of the CSV format: optional
/// values present and absent, text that needs quoting, non-ASCII text, fractional numbers, items with
/// gaps, total-only assessments, unattributed incidents and missing attendance rows.
/// </summary>
internal static class RandomDatasets
{
    private static readonly string[] s_names = ["North circle", "Harbor, Thursday", "The \"Wednesday\" group", "Zwei\nZeilen", "Ångström café – Süd", " padded name "];
    private static readonly InstrumentId[] s_itemInstruments = [InstrumentId.Phq9, InstrumentId.Gad7, InstrumentId.Phq2, InstrumentId.Who5];

    public static PeerSupportDataset Create(int seed, int scale = 1)
    {
        var random = new Random(seed);
        var builder = new DatasetBuilder();
        var start = new DateOnly(2025, 1, 1).AddDays(random.Next(0, 400));
        builder.Metadata = random.Next(3) switch
        {
            0 => new DatasetMetadata(),
            1 => new DatasetMetadata(title: Pick(random, s_names), source: $"simulated, seed {seed.ToString(CultureInfo.InvariantCulture)}", created: start),
            _ => new DatasetMetadata(title: "Only a title"),
        };

        var programmes = new List<Programme>();
        for (var p = 0; p < random.Next(0, 3); p++)
        {
            var programme = Programme.WithModuleCount(ProgrammeId.Create($"P-{p}"), Pick(random, s_names), random.Next(1, 12));
            programmes.Add(programme);
            builder.AddProgramme(programme);
        }

        var roles = Enum.GetValues<FacilitatorRole>();
        var facilitators = new List<FacilitatorId>();
        for (var f = 0; f < random.Next(0, 5); f++)
        {
            var role = roles[random.Next(roles.Length)];
            Credential? credential = random.Next(3) switch
            {
                0 => null,
                1 => new Credential("Training, level " + f.ToString(CultureInfo.InvariantCulture), role),
                _ => new Credential("Licence \"" + f.ToString(CultureInfo.InvariantCulture) + "\"", role, start.AddDays(random.Next(-30, 300))),
            };
            var id = FacilitatorId.Create($"F-{f}");
            facilitators.Add(id);
            builder.AddFacilitator(new Facilitator(id, role, credential));
        }

        var memberCount = 0;
        var sessionCount = 0;
        var incidentCount = 0;
        var referralCount = 0;
        var allMembers = new List<Member>();
        for (var g = 0; g < random.Next(1, 4); g++)
        {
            var groupId = GroupId.Create($"G-{g}");
            var programme = programmes.Count > 0 && random.Next(2) == 0 ? programmes[random.Next(programmes.Count)] : null;
            builder.AddGroup(new PeerGroup(
                groupId,
                Pick(random, s_names),
                Pick(random, Enum.GetValues<FacilitationModel>()),
                Pick(random, Enum.GetValues<Acuity>()),
                random.Next(2) == 0 ? null : Pick(random, Enum.GetValues<Modality>()),
                random.Next(2) == 0 ? null : random.Next(1, 30),
                programme?.Id,
                random.Next(2) == 0 ? null : start));

            var sessions = new List<GroupSession>();
            for (var s = 0; s < random.Next(0, 6 * scale); s++)
            {
                var present = facilitators.Where(_ => random.Next(3) == 0).ToImmutableArray();
                var session = new GroupSession(
                    SessionId.Create($"S-{sessionCount++}"),
                    groupId,
                    start.AddDays(7 * s),
                    present,
                    programme is not null && random.Next(2) == 0 ? random.Next(1, programme.ModuleCount + 1) : null);
                sessions.Add(session);
                builder.AddSession(session);
            }

            for (var m = 0; m < random.Next(0, 6 * scale); m++)
            {
                var joined = start.AddDays(random.Next(0, 30));
                var leaves = random.Next(3) == 0;
                var member = new Member(
                    MemberId.Create($"M-{memberCount++}"),
                    groupId,
                    joined,
                    leaves ? joined.AddDays(random.Next(0, 40)) : null,
                    leaves && random.Next(2) == 0 ? Pick(random, Enum.GetValues<LeavingReason>()) : null,
                    new Consent(Maybe(random), Maybe(random)));
                allMembers.Add(member);
                builder.AddMember(member);

                foreach (var session in sessions.Where(s => member.IsMemberOn(s.Date)))
                {
                    if (random.Next(6) == 0)
                    {
                        continue; // a missing row: read as absent with a warning
                    }

                    var status = Pick(random, Enum.GetValues<AttendanceStatus>());
                    var attended = status is AttendanceStatus.Present or AttendanceStatus.Late;
                    builder.AddAttendance(new AttendanceRecord(
                        session.Id,
                        member.Id,
                        status,
                        attended && random.Next(2) == 0 ? Minutes(random) : null,
                        attended && random.Next(2) == 0 ? random.Next(0, 20) : null));
                }

                foreach (var session in sessions.Where(s => random.Next(8) == 0))
                {
                    builder.AddIncident(new Incident(
                        IncidentId.Create($"I-{incidentCount++}"),
                        session.Id,
                        Pick(random, Enum.GetValues<IncidentKind>()),
                        random.Next(2) == 0 ? member.Id : null,
                        random.Next(2) == 0 ? null : Pick(random, Enum.GetValues<IncidentSeverity>())));
                }
            }
        }

        foreach (var member in allMembers)
        {
            for (var a = 0; a < random.Next(0, 4); a++)
            {
                builder.AddAssessment(RandomAssessment(random, member.Id, start.AddDays(random.Next(0, 90))));
            }

            if (random.Next(4) == 0)
            {
                builder.AddReferral(new Referral(
                    ReferralId.Create($"R-{referralCount++}"),
                    member.Id,
                    start.AddDays(random.Next(0, 90)),
                    random.Next(2) == 0 ? ReferralTarget.LicensedClinician : ReferralTarget.Create("local_service_2"),
                    Pick(random, Enum.GetValues<RulePriority>()),
                    Pick(random, Enum.GetValues<ReferralStatus>()),
                    random.Next(2) == 0 ? null : "rule, with \"quotes\""));
            }

            for (var goal = 0; goal < random.Next(0, 3); goal++)
            {
                builder.AddGoalRating(new GoalRating(member.Id, GoalId.Create($"GL-{goal}"), random.Next(-2, 3), start.AddDays(goal), random.Next(2) == 0 ? 1 : 0.1 + (random.NextDouble() * 3)));
            }
        }

        return builder.Build().GetValueOrThrow();
    }

    private static Assessment RandomAssessment(Random random, MemberId member, DateOnly date)
    {
        if (random.Next(5) == 0)
        {
            return new Assessment(member, InstrumentId.K10, date, [], random.Next(10, 51));
        }

        var instrument = Pick(random, s_itemInstruments);
        var definition = InstrumentRegistry.BuiltIn.Get(instrument);
        var items = new int?[definition.ItemCount];
        for (var i = 0; i < items.Length; i++)
        {
            items[i] = random.Next(definition.ItemMin, definition.ItemMax + 1);
        }

        if (items.Length > 3 && random.Next(3) == 0)
        {
            items[random.Next(0, items.Length - 1)] = null; // a gap inside the items, never a trailing one
        }

        var score = definition.TryScore(items).Score;
        int? total = random.Next(2) == 0 && score?.Total is { } t ? t : null;

        return new Assessment(member, instrument, date, [.. items], total);
    }

    private static double Minutes(Random random)
    {
        var minutes = random.NextDouble() * 30;
        return random.Next(2) == 0 ? Math.Round(minutes, random.Next(0, 3)) : minutes; // short decimals and full 17-digit doubles
    }

    private static bool? Maybe(Random random) => random.Next(3) switch
    {
        0 => null,
        1 => true,
        _ => false,
    };

    private static T Pick<T>(Random random, T[] values) => values[random.Next(values.Length)];
}
