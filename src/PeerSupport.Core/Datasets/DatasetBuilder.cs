using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.InteropServices;
using PeerSupport.Domain;
using PeerSupport.Instruments;

namespace PeerSupport.Datasets;

/// <summary>
/// Collects the records of a dataset and builds an immutable, indexed <see cref="PeerSupportDataset"/>.
/// <see cref="Build"/> checks referential integrity, membership periods and assessment scoring and
/// reports <em>all</em> problems at once; when any is an error no dataset is returned.
/// </summary>
/// <remarks>
/// Not thread-safe: fill a builder from one thread. Each <c>Add</c> method takes an optional
/// <see cref="RecordLocation"/> so that problems found at build time can name the file, line and column
/// of the record (readers pass it; code that builds datasets in memory can leave it out).
/// </remarks>
public sealed partial class DatasetBuilder
{
    private readonly List<(PeerGroup Value, RecordLocation At)> _groups = [];
    private readonly List<(Member Value, RecordLocation At)> _members = [];
    private readonly List<(Facilitator Value, RecordLocation At)> _facilitators = [];
    private readonly List<(GroupSession Value, RecordLocation At)> _sessions = [];
    private readonly List<(AttendanceRecord Value, RecordLocation At)> _attendance = [];
    private readonly List<(Assessment Value, RecordLocation At)> _assessments = [];
    private readonly List<(Incident Value, RecordLocation At)> _incidents = [];
    private readonly List<(Referral Value, RecordLocation At)> _referrals = [];
    private readonly List<(GoalRating Value, RecordLocation At)> _goals = [];
    private readonly List<(Programme Value, RecordLocation At)> _programmes = [];
    private readonly List<Problem> _readerProblems = [];

    /// <summary>Initializes a new builder.</summary>
    /// <param name="instruments">The instruments assessments are scored with. The default value is <see cref="InstrumentRegistry.BuiltIn"/> (the built-in instruments).</param>
    public DatasetBuilder(InstrumentRegistry? instruments = null)
    {
        Instruments = instruments ?? InstrumentRegistry.BuiltIn;
    }

    /// <summary>Gets the instruments assessments are scored with.</summary>
    public InstrumentRegistry Instruments { get; }

    /// <summary>Gets or sets the metadata. The default value is format version 1 with no title.</summary>
    public DatasetMetadata Metadata { get; set; } = new();

    /// <summary>Adds a group.</summary>
    /// <param name="group">The group.</param>
    /// <param name="at">Where the record came from, if read from a file.</param>
    /// <returns>This builder.</returns>
    public DatasetBuilder AddGroup(PeerGroup group, RecordLocation at = default) => Add(_groups, group, at);

    /// <summary>Adds a member.</summary>
    /// <param name="member">The member.</param>
    /// <param name="at">Where the record came from, if read from a file.</param>
    /// <returns>This builder.</returns>
    public DatasetBuilder AddMember(Member member, RecordLocation at = default) => Add(_members, member, at);

    /// <summary>Adds a facilitator.</summary>
    /// <param name="facilitator">The facilitator.</param>
    /// <param name="at">Where the record came from, if read from a file.</param>
    /// <returns>This builder.</returns>
    public DatasetBuilder AddFacilitator(Facilitator facilitator, RecordLocation at = default) => Add(_facilitators, facilitator, at);

    /// <summary>Adds a session.</summary>
    /// <param name="session">The session.</param>
    /// <param name="at">Where the record came from, if read from a file.</param>
    /// <returns>This builder.</returns>
    public DatasetBuilder AddSession(GroupSession session, RecordLocation at = default) => Add(_sessions, session, at);

    /// <summary>Adds an attendance row.</summary>
    /// <param name="record">The row.</param>
    /// <param name="at">Where the record came from, if read from a file.</param>
    /// <returns>This builder.</returns>
    public DatasetBuilder AddAttendance(AttendanceRecord record, RecordLocation at = default) => Add(_attendance, record, at);

    /// <summary>Adds an assessment (scored at build time).</summary>
    /// <param name="assessment">The assessment.</param>
    /// <param name="at">Where the record came from, if read from a file.</param>
    /// <returns>This builder.</returns>
    public DatasetBuilder AddAssessment(Assessment assessment, RecordLocation at = default) => Add(_assessments, assessment, at);

    /// <summary>Adds an incident.</summary>
    /// <param name="incident">The incident.</param>
    /// <param name="at">Where the record came from, if read from a file.</param>
    /// <returns>This builder.</returns>
    public DatasetBuilder AddIncident(Incident incident, RecordLocation at = default) => Add(_incidents, incident, at);

    /// <summary>Adds a referral.</summary>
    /// <param name="referral">The referral.</param>
    /// <param name="at">Where the record came from, if read from a file.</param>
    /// <returns>This builder.</returns>
    public DatasetBuilder AddReferral(Referral referral, RecordLocation at = default) => Add(_referrals, referral, at);

    /// <summary>Adds a goal rating.</summary>
    /// <param name="rating">The rating.</param>
    /// <param name="at">Where the record came from, if read from a file.</param>
    /// <returns>This builder.</returns>
    public DatasetBuilder AddGoalRating(GoalRating rating, RecordLocation at = default) => Add(_goals, rating, at);

    /// <summary>Adds a programme.</summary>
    /// <param name="programme">The programme.</param>
    /// <param name="at">Where the record came from, if read from a file.</param>
    /// <returns>This builder.</returns>
    public DatasetBuilder AddProgramme(Programme programme, RecordLocation at = default) => Add(_programmes, programme, at);

    /// <summary>
    /// Records a problem a reader found (an unparsable cell, an unknown column, ...). Errors make
    /// <see cref="Build"/> fail, so a file with one bad row is never half-loaded; all problems are
    /// reported together with those found at build time.
    /// </summary>
    /// <param name="problem">The problem.</param>
    /// <returns>This builder.</returns>
    public DatasetBuilder AddProblem(Problem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        _readerProblems.Add(problem);
        return this;
    }

    /// <summary>Validates everything added and builds the dataset.</summary>
    /// <returns>The dataset, or every error (and warning) found.</returns>
    public DatasetBuildResult Build()
    {
        var errors = new List<Problem>(_readerProblems.Where(p => p.Severity == ProblemSeverity.Error));
        var warnings = new List<Problem>(_readerProblems.Where(p => p.Severity == ProblemSeverity.Warning));
        var context = new BuildContext(errors, warnings);

        var programmes = UniqueById(_programmes, p => p.Id, "programme", "program_id", context);
        var groups = UniqueById(_groups, g => g.Id, "group", "group_id", context);
        var facilitators = UniqueById(_facilitators, f => f.Id, "facilitator", "facilitator_id", context);
        var members = UniqueById(_members, m => m.Id, "member", "member_id", context);
        var sessions = UniqueById(_sessions, s => s.Id, "session", "session_id", context);
        var incidents = UniqueById(_incidents, i => i.Id, "incident", "incident_id", context);
        var referrals = UniqueById(_referrals, r => r.Id, "referral", "referral_id", context);

        foreach (var (group, at) in _groups)
        {
            if (group.ProgrammeId is { } programmeId && !programmes.ContainsKey(programmeId))
            {
                context.Error("dangling-reference", $"group '{group.Id}' follows program '{programmeId}', which is not in the dataset", at, "program_id");
            }
        }

        foreach (var (member, at) in _members)
        {
            if (!groups.ContainsKey(member.GroupId))
            {
                context.Error("dangling-reference", $"member '{member.Id}' belongs to group '{member.GroupId}', which is not in the dataset", at, "group_id");
            }
        }

        CheckSessions(groups, programmes, facilitators, context);
        var attendance = CheckAttendance(members, sessions, context);
        var scored = ScoreAssessments(members, context);
        CheckIncidents(members, sessions, context);
        foreach (var (referral, at) in _referrals)
        {
            if (!members.ContainsKey(referral.MemberId))
            {
                context.Error("dangling-reference", $"referral '{referral.Id}' names member '{referral.MemberId}', which is not in the dataset", at, "member_id");
            }
        }

        CheckGoals(members, context);

        if (errors.Count > 0)
        {
            return new DatasetBuildResult(null, [.. errors, .. warnings]);
        }

        return new DatasetBuildResult(Assemble(groups, programmes, facilitators, sessions, attendance, scored, warnings), [.. warnings]);
    }

    private DatasetBuilder Add<T>(List<(T Value, RecordLocation At)> list, T value, RecordLocation at)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(value);
        list.Add((value, at));
        return this;
    }

    private static Dictionary<TKey, T> UniqueById<T, TKey>(List<(T Value, RecordLocation At)> records, Func<T, TKey> id, string what, string field, BuildContext context)
        where TKey : notnull
    {
        var byId = new Dictionary<TKey, T>(records.Count);
        var firstLine = new Dictionary<TKey, RecordLocation>();
        foreach (var (value, at) in records)
        {
            var key = id(value);
            if (byId.TryAdd(key, value))
            {
                firstLine[key] = at;
            }
            else
            {
                var first = firstLine[key];
                var where = first.Line > 0 ? $" (first at line {first.Line.ToString(CultureInfo.InvariantCulture)})" : string.Empty;
                context.Error("duplicate-id", $"duplicate {what} id '{key}'{where}", at, field);
            }
        }

        return byId;
    }

    private void CheckSessions(Dictionary<GroupId, PeerGroup> groups, Dictionary<ProgrammeId, Programme> programmes, Dictionary<FacilitatorId, Facilitator> facilitators, BuildContext context)
    {
        foreach (var (session, at) in _sessions)
        {
            if (!groups.TryGetValue(session.GroupId, out var group))
            {
                context.Error("dangling-reference", $"session '{session.Id}' is of group '{session.GroupId}', which is not in the dataset", at, "group_id");
            }
            else if (session.ProgrammeModule is { } module)
            {
                if (group.ProgrammeId is not { } programmeId)
                {
                    context.Warning("module-without-program", $"session '{session.Id}' covers program module {module} but group '{group.Id}' follows no program; the module is ignored", at, "program_module");
                }
                else if (programmes.TryGetValue(programmeId, out var programme) && module > programme.ModuleCount)
                {
                    context.Error("out-of-range", $"session '{session.Id}': program module must be 1–{programme.ModuleCount} for program '{programmeId}', was {module}", at, "program_module");
                }
            }

            foreach (var facilitatorId in session.FacilitatorIds)
            {
                if (!facilitators.ContainsKey(facilitatorId))
                {
                    context.Error("dangling-reference", $"session '{session.Id}' lists facilitator '{facilitatorId}', who is not in the dataset", at, "facilitator_ids");
                }
            }
        }
    }

    private List<AcceptedAttendance> CheckAttendance(Dictionary<MemberId, Member> members, Dictionary<SessionId, GroupSession> sessions, BuildContext context)
    {
        // Accepted rows keep dataset order and carry their member and session, so assembling needs no more id lookups.
        var accepted = new List<AcceptedAttendance>(_attendance.Count);
        var seen = new HashSet<(SessionId, MemberId)>(_attendance.Count);
        foreach (var (record, at) in _attendance)
        {
            var ok = true;
            if (!sessions.TryGetValue(record.SessionId, out var session))
            {
                context.Error("dangling-reference", $"attendance names session '{record.SessionId}', which is not in the dataset", at, "session_id");
                ok = false;
            }

            if (!members.TryGetValue(record.MemberId, out var member))
            {
                context.Error("dangling-reference", $"attendance names member '{record.MemberId}', who is not in the dataset", at, "member_id");
                ok = false;
            }

            var key = (record.SessionId, record.MemberId);
            if (!seen.Add(key))
            {
                context.Error("duplicate-id", $"member '{record.MemberId}' has more than one attendance row for session '{record.SessionId}'", at, "member_id");
                ok = false;
            }

            if (!ok)
            {
                continue;
            }

            if (member!.GroupId != session!.GroupId)
            {
                context.Error("wrong-group", $"member '{member.Id}' belongs to group '{member.GroupId}' but attendance names session '{session.Id}' of group '{session.GroupId}'", at, "session_id");
                continue;
            }

            if (!member.IsMemberOn(session.Date))
            {
                var period = member.LeftOn is { } left ? $"{member.JoinedOn:yyyy-MM-dd} to {left:yyyy-MM-dd}" : $"from {member.JoinedOn:yyyy-MM-dd}";
                if (record.Attended)
                {
                    context.Error("outside-membership", $"member '{member.Id}' attended session '{session.Id}' on {session.Date:yyyy-MM-dd}, outside their membership ({period})", at, "status");
                    continue;
                }

                context.Warning("outside-membership", $"attendance row for member '{member.Id}' at session '{session.Id}' on {session.Date:yyyy-MM-dd} is outside their membership ({period}) and is ignored", at, "status");
                continue;
            }

            accepted.Add(new AcceptedAttendance(record, member, session));
        }

        return accepted;
    }

    private List<ScoredAssessment> ScoreAssessments(Dictionary<MemberId, Member> members, BuildContext context)
    {
        var scored = new List<ScoredAssessment>(_assessments.Count);
        for (var sequence = 0; sequence < _assessments.Count; sequence++)
        {
            var (assessment, at) = _assessments[sequence];
            if (!members.ContainsKey(assessment.MemberId))
            {
                context.Error("dangling-reference", $"assessment names member '{assessment.MemberId}', who is not in the dataset", at, "member_id");
                continue;
            }

            if (!Instruments.TryGet(assessment.Instrument, out var definition))
            {
                context.Error("unknown-instrument", $"'{assessment.Instrument}' is not a known instrument; expected one of {string.Join(", ", Instruments.Definitions.Select(d => d.Id.Value))}", at, "instrument");
                continue;
            }

            var score = AssessmentScoring.Score(definition, assessment, at, context);
            if (score is not null)
            {
                scored.Add(new ScoredAssessment(assessment, score, sequence));
            }
        }

        return scored;
    }

    private void CheckIncidents(Dictionary<MemberId, Member> members, Dictionary<SessionId, GroupSession> sessions, BuildContext context)
    {
        foreach (var (incident, at) in _incidents)
        {
            var hasSession = sessions.TryGetValue(incident.SessionId, out var session);
            if (!hasSession)
            {
                context.Error("dangling-reference", $"incident '{incident.Id}' names session '{incident.SessionId}', which is not in the dataset", at, "session_id");
            }

            if (incident.MemberId is { } memberId)
            {
                if (!members.TryGetValue(memberId, out var member))
                {
                    context.Error("dangling-reference", $"incident '{incident.Id}' names member '{memberId}', who is not in the dataset", at, "member_id");
                }
                else if (hasSession && member.GroupId != session!.GroupId)
                {
                    context.Error("wrong-group", $"incident '{incident.Id}' names member '{memberId}' of group '{member.GroupId}' at session '{session.Id}' of group '{session.GroupId}'", at, "member_id");
                }
            }
        }
    }

    private void CheckGoals(Dictionary<MemberId, Member> members, BuildContext context)
    {
        var seen = new HashSet<(MemberId, GoalId, DateOnly)>();
        foreach (var (goal, at) in _goals)
        {
            if (!members.ContainsKey(goal.MemberId))
            {
                context.Error("dangling-reference", $"goal '{goal.GoalId}' names member '{goal.MemberId}', who is not in the dataset", at, "member_id");
            }

            if (!seen.Add((goal.MemberId, goal.GoalId, goal.Date)))
            {
                context.Error("duplicate-id", $"goal '{goal.GoalId}' of member '{goal.MemberId}' is rated twice on {goal.Date:yyyy-MM-dd}", at, "goal_id");
            }
        }
    }

    private PeerSupportDataset Assemble(
        Dictionary<GroupId, PeerGroup> groups,
        Dictionary<ProgrammeId, Programme> programmes,
        Dictionary<FacilitatorId, Facilitator> facilitators,
        Dictionary<SessionId, GroupSession> sessions,
        List<AcceptedAttendance> attendance,
        List<ScoredAssessment> scored,
        List<Problem> warnings)
    {
        // Sessions of each group by date; OrderBy is stable, so sessions on one date keep dataset order.
        var sessionsByGroup = _sessions.Select(s => s.Value).GroupBy(s => s.GroupId)
            .ToDictionary(g => g.Key, g => g.OrderBy(s => s.Date).ToImmutableArray());
        // Each session's position among its group's sessions, and a slot of its own for its attendance rows.
        var sessionIndex = new Dictionary<GroupSession, (int Position, int Slot)>(_sessions.Count, ReferenceEqualityComparer.Instance);
        foreach (var groupSessions in sessionsByGroup.Values)
        {
            for (var i = 0; i < groupSessions.Length; i++)
            {
                sessionIndex[groupSessions[i]] = (i, sessionIndex.Count);
            }
        }

        var membersByGroup = _members.Select(m => m.Value).GroupBy(m => m.GroupId)
            .ToDictionary(g => g.Key, g => g.OrderBy(m => m.JoinedOn).ToImmutableArray());
        var incidentEntries = _incidents.Select(i => new IncidentEntry(i.Value, sessions[i.Value.SessionId])).OrderBy(e => e.Date).ToList();
        var incidentsByGroup = incidentEntries.GroupBy(e => e.Session.GroupId).ToDictionary(g => g.Key, g => g.ToImmutableArray());
        var incidentsByMember = incidentEntries.Where(e => e.Incident.MemberId is not null)
            .GroupBy(e => e.Incident.MemberId!.Value).ToDictionary(g => g.Key, g => g.ToImmutableArray());
        var referralsByMember = _referrals.Select(r => r.Value).GroupBy(r => r.MemberId)
            .ToDictionary(g => g.Key, g => g.OrderBy(r => r.Date).ThenBy(r => r.Id).ToImmutableArray());
        var goalsByMember = _goals.Select(g => g.Value).GroupBy(g => g.MemberId)
            .ToDictionary(g => g.Key, g => g.OrderBy(r => r.Date).ThenBy(r => r.GoalId).ToImmutableArray());

        // Assessments per member in one pass (scored is in dataset order), then ordered by date and dataset order.
        var assessmentsByMember = new Dictionary<MemberId, List<ScoredAssessment>>();
        foreach (var assessment in scored)
        {
            if (!assessmentsByMember.TryGetValue(assessment.Assessment.MemberId, out var list))
            {
                assessmentsByMember[assessment.Assessment.MemberId] = list = [];
            }

            list.Add(assessment);
        }

        // A membership is a date interval, so its sessions are a contiguous run of the group's date-ordered sessions:
        // each member gets one entry per session of that run, filled with its row when there is one.
        var entriesByMember = new Dictionary<Member, (AttendanceEntry[] Entries, int First)>(_members.Count, ReferenceEqualityComparer.Instance);
        foreach (var (member, _) in _members)
        {
            var groupSessions = sessionsByGroup.GetValueOrDefault(member.GroupId, []);
            // Sessions strictly before the join date (none before the first representable day).
            var first = member.JoinedOn == DateOnly.MinValue ? 0 : DateIndex.CountOnOrBefore(groupSessions, member.JoinedOn.AddDays(-1), static s => s.Date);
            var end = member.LeftOn is { } left ? DateIndex.CountOnOrBefore(groupSessions, left, static s => s.Date) : groupSessions.Length;
            var entries = new AttendanceEntry[Math.Max(0, end - first)];
            for (var i = 0; i < entries.Length; i++)
            {
                entries[i] = new AttendanceEntry(groupSessions[first + i], null);
            }

            entriesByMember[member] = (entries, first);
        }

        // Rows go into their member's entries and, counted first so that each array is allocated at its size, into
        // their session's rows (in dataset order).
        var rowSlots = new int[attendance.Count];
        var rowsPerSlot = new int[sessionIndex.Count];
        for (var r = 0; r < attendance.Count; r++)
        {
            var row = attendance[r];
            var (position, slot) = sessionIndex[row.Session];
            var (entries, first) = entriesByMember[row.Member];
            entries[position - first] = new AttendanceEntry(row.Session, row.Record);
            rowSlots[r] = slot;
            rowsPerSlot[slot]++;
        }

        var attendanceBySlot = new AttendanceRecord[sessionIndex.Count][];
        for (var r = 0; r < attendance.Count; r++)
        {
            var slot = rowSlots[r];
            // rowsPerSlot now counts the rows of the slot still to place; they fill its array front to back.
            var rows = attendanceBySlot[slot] ??= new AttendanceRecord[rowsPerSlot[slot]];
            rows[rows.Length - rowsPerSlot[slot]] = attendance[r].Record;
            rowsPerSlot[slot]--;
        }

        // A missing row has no line of its own; it is located in the file the attendance rows came from, if any.
        var missingRowLocation = new RecordLocation(_attendance.Select(a => a.At.Source).FirstOrDefault(s => s is not null), 0);
        var memberHistories = ImmutableArray.CreateBuilder<MemberHistory>(_members.Count);
        foreach (var (member, _) in _members)
        {
            var entries = entriesByMember[member].Entries;
            foreach (var entry in entries)
            {
                if (entry.Record is null)
                {
                    warnings.Add(missingRowLocation.ProblemAt(
                        ProblemSeverity.Warning,
                        "missing-attendance",
                        $"no attendance row for member '{member.Id}' at session '{entry.Session.Id}' on {entry.Date:yyyy-MM-dd}; read as absent",
                        "attendance"));
                }
            }

            var assessments = assessmentsByMember.TryGetValue(member.Id, out var list)
                ? ByDateThenSequence(list)
                : ImmutableArray<ScoredAssessment>.Empty;
            memberHistories.Add(new MemberHistory(
                member,
                groups[member.GroupId],
                ProgrammeOf(groups[member.GroupId], programmes),
                ImmutableCollectionsMarshal.AsImmutableArray(entries),
                assessments,
                incidentsByMember.GetValueOrDefault(member.Id, []),
                referralsByMember.GetValueOrDefault(member.Id, []),
                goalsByMember.GetValueOrDefault(member.Id, [])));
        }

        var groupHistories = ImmutableArray.CreateBuilder<GroupHistory>(_groups.Count);
        var seenLeaders = new HashSet<FacilitatorId>();
        var leaders = ImmutableArray.CreateBuilder<Facilitator>();
        foreach (var (group, _) in _groups)
        {
            var groupSessions = sessionsByGroup.GetValueOrDefault(group.Id, []);
            // Each facilitator once, in order of first appearance.
            seenLeaders.Clear();
            foreach (var session in groupSessions)
            {
                foreach (var facilitatorId in session.FacilitatorIds)
                {
                    if (seenLeaders.Add(facilitatorId))
                    {
                        leaders.Add(facilitators[facilitatorId]);
                    }
                }
            }

            var groupAttendance = new Dictionary<SessionId, ImmutableArray<AttendanceRecord>>();
            foreach (var session in groupSessions)
            {
                if (attendanceBySlot[sessionIndex[session].Slot] is { } rows)
                {
                    groupAttendance[session.Id] = ImmutableCollectionsMarshal.AsImmutableArray(rows);
                }
            }

            groupHistories.Add(new GroupHistory(
                group,
                ProgrammeOf(group, programmes),
                groupSessions,
                membersByGroup.GetValueOrDefault(group.Id, []),
                incidentsByGroup.GetValueOrDefault(group.Id, []),
                leaders.DrainToImmutable(),
                groupAttendance));
        }

        return new PeerSupportDataset(
            Metadata,
            Instruments,
            [.. _groups.Select(g => g.Value)],
            [.. _members.Select(m => m.Value)],
            [.. _facilitators.Select(f => f.Value)],
            [.. _sessions.Select(s => s.Value)],
            [.. _attendance.Select(a => a.Value)],
            [.. scored],
            [.. _incidents.Select(i => i.Value)],
            [.. _referrals.Select(r => r.Value)],
            [.. _goals.Select(g => g.Value)],
            [.. _programmes.Select(p => p.Value)],
            memberHistories.MoveToImmutable(),
            groupHistories.MoveToImmutable(),
            [.. warnings]);
    }

    /// <summary>A member's assessments (in dataset order) ordered by date, ties kept in dataset order.</summary>
    private static ImmutableArray<ScoredAssessment> ByDateThenSequence(List<ScoredAssessment> list)
    {
        var array = list.ToArray();
        Array.Sort(array, static (a, b) => a.Date != b.Date ? a.Date.CompareTo(b.Date) : a.Sequence.CompareTo(b.Sequence));
        return ImmutableCollectionsMarshal.AsImmutableArray(array);
    }

    private static Programme? ProgrammeOf(PeerGroup group, Dictionary<ProgrammeId, Programme> programmes)
        => group.ProgrammeId is { } id ? programmes[id] : null;

    /// <summary>An attendance row that passed validation, with the member and session it names.</summary>
    private readonly record struct AcceptedAttendance(AttendanceRecord Record, Member Member, GroupSession Session);
}
