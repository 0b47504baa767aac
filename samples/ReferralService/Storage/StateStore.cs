using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using PeerSupport.Datasets;
using PeerSupport.Domain;
using PeerSupport.Instruments;
using PeerSupport.Rules;

namespace PeerSupport.Samples.ReferralService.Storage;

/// <summary>
/// The service's state in SQLite: groups, members, sessions, attendance, assessments, incidents and referrals. A write is
/// checked the way a dataset is: the group's records plus the new one must build with <see cref="DatasetBuilder"/>, so the
/// service never stores what the engine would later reject.
/// </summary>
/// <remarks>Writes are serialised by <see cref="WriteLock"/>; reads run concurrently (WAL).</remarks>
public sealed class StateStore(Database database)
{
    private static readonly CultureInfo s_invariant = CultureInfo.InvariantCulture;

    /// <summary>Gets the lock every write (and every decision, which reads then writes) holds.</summary>
    public Lock WriteLock { get; } = new();

    /// <summary>Gets the group of a member, or null when there is no such member.</summary>
    /// <param name="memberId">The member id.</param>
    /// <returns>The group id or null.</returns>
    public string? GroupOfMember(string memberId) => Scalar("SELECT group_id FROM members WHERE id = $id", ("$id", memberId));

    /// <summary>Gets the group of a session, or null when there is no such session.</summary>
    /// <param name="sessionId">The session id.</param>
    /// <returns>The group id or null.</returns>
    public string? GroupOfSession(string sessionId) => Scalar("SELECT group_id FROM sessions WHERE id = $id", ("$id", sessionId));

    /// <summary>Whether a group exists.</summary>
    /// <param name="groupId">The group id.</param>
    /// <returns>True when it exists.</returns>
    public bool GroupExists(string groupId) => Scalar("SELECT id FROM groups WHERE id = $id", ("$id", groupId)) is not null;

    /// <summary>Lists a group's members.</summary>
    /// <param name="groupId">The group id.</param>
    /// <returns>The members ordered by id.</returns>
    public IReadOnlyList<Member> Members(string groupId)
    {
        using var connection = database.Open();
        return ReadMembers(connection, groupId);
    }

    /// <summary>Loads everything recorded for one group into a dataset builder.</summary>
    /// <param name="groupId">The group id.</param>
    /// <returns>The builder, or null when the group does not exist.</returns>
    public DatasetBuilder? LoadGroup(string groupId)
    {
        using var connection = database.Open();
        using var transaction = connection.BeginTransaction(deferred: true);
        PeerGroup? group = null;
        using (var command = Database.Command(connection, "SELECT id, name, facilitation_model, acuity FROM groups WHERE id = $id", transaction, ("$id", groupId)))
        using (var reader = command.ExecuteReader())
        {
            if (reader.Read())
            {
                group = new PeerGroup(GroupId.Create(reader.GetString(0)), reader.GetString(1), WireNames.Parse<FacilitationModel>(reader.GetString(2)), WireNames.Parse<Acuity>(reader.GetString(3)));
            }
        }

        if (group is null)
        {
            return null;
        }

        var builder = new DatasetBuilder();
        builder.AddGroup(group);
        foreach (var member in ReadMembers(connection, groupId, transaction))
        {
            builder.AddMember(member);
        }

        Read(connection, transaction, "SELECT id, date FROM sessions WHERE group_id = $g ORDER BY date, id", groupId, r =>
            builder.AddSession(new GroupSession(SessionId.Create(r.GetString(0)), group.Id, Date(r.GetString(1)))));
        Read(connection, transaction, "SELECT a.session_id, a.member_id, a.status FROM attendance a JOIN sessions s ON s.id = a.session_id WHERE s.group_id = $g ORDER BY a.session_id, a.member_id", groupId, r =>
            builder.AddAttendance(new AttendanceRecord(SessionId.Create(r.GetString(0)), MemberId.Create(r.GetString(1)), WireNames.Parse<AttendanceStatus>(r.GetString(2)))));
        Read(connection, transaction, "SELECT a.member_id, a.instrument, a.date, a.items, a.total FROM assessments a JOIN members m ON m.id = a.member_id WHERE m.group_id = $g ORDER BY a.seq", groupId, r =>
            builder.AddAssessment(new Assessment(
                MemberId.Create(r.GetString(0)),
                InstrumentId.Create(r.GetString(1)),
                Date(r.GetString(2)),
                [.. JsonSerializer.Deserialize<int?[]>(r.GetString(3)) ?? []],
                r.IsDBNull(4) ? null : r.GetInt32(4))));
        Read(connection, transaction, "SELECT i.id, i.session_id, i.kind, i.member_id, i.severity FROM incidents i JOIN sessions s ON s.id = i.session_id WHERE s.group_id = $g ORDER BY i.id", groupId, r =>
            builder.AddIncident(new Incident(
                IncidentId.Create(r.GetString(0)),
                SessionId.Create(r.GetString(1)),
                WireNames.Parse<IncidentKind>(r.GetString(2)),
                r.IsDBNull(3) ? null : MemberId.Create(r.GetString(3)),
                r.IsDBNull(4) ? null : WireNames.Parse<IncidentSeverity>(r.GetString(4)))));
        Read(connection, transaction, "SELECT r.id, r.member_id, r.date, r.target, r.priority, r.status, r.rule_id FROM referrals r JOIN members m ON m.id = r.member_id WHERE m.group_id = $g ORDER BY r.id", groupId, r =>
            builder.AddReferral(ReadReferral(r)));
        return builder;
    }

    /// <summary>Stores a group.</summary>
    /// <param name="group">The group.</param>
    /// <returns>False when the id is taken.</returns>
    public bool InsertGroup(PeerGroup group)
    {
        ArgumentNullException.ThrowIfNull(group);
        return Insert(
            "INSERT OR IGNORE INTO groups(id, name, facilitation_model, acuity) VALUES ($id, $name, $model, $acuity)",
            ("$id", group.Id.Value),
            ("$name", group.Name),
            ("$model", WireNames.Of(group.FacilitationModel)),
            ("$acuity", WireNames.Of(group.Acuity)));
    }

    /// <summary>Stores a member.</summary>
    /// <param name="member">The member.</param>
    /// <returns>False when the id is taken.</returns>
    public bool InsertMember(Member member)
    {
        ArgumentNullException.ThrowIfNull(member);
        return Insert(
            "INSERT OR IGNORE INTO members(id, group_id, joined_on) VALUES ($id, $g, $joined)",
            ("$id", member.Id.Value),
            ("$g", member.GroupId.Value),
            ("$joined", Text(member.JoinedOn)));
    }

    /// <summary>Stores a session.</summary>
    /// <param name="session">The session.</param>
    /// <returns>False when the id is taken.</returns>
    public bool InsertSession(GroupSession session)
    {
        ArgumentNullException.ThrowIfNull(session);
        return Insert("INSERT OR IGNORE INTO sessions(id, group_id, date) VALUES ($id, $g, $date)", ("$id", session.Id.Value), ("$g", session.GroupId.Value), ("$date", Text(session.Date)));
    }

    /// <summary>Stores a member's attendance at a session.</summary>
    /// <param name="record">The record.</param>
    public void InsertAttendance(AttendanceRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        Insert(
            "INSERT INTO attendance(session_id, member_id, status) VALUES ($s, $m, $status)",
            ("$s", record.SessionId.Value),
            ("$m", record.MemberId.Value),
            ("$status", WireNames.Of(record.Status)));
    }

    /// <summary>Stores an assessment.</summary>
    /// <param name="assessment">The assessment.</param>
    public void InsertAssessment(Assessment assessment)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        Insert(
            "INSERT INTO assessments(member_id, instrument, date, items, total) VALUES ($m, $i, $d, $items, $total)",
            ("$m", assessment.MemberId.Value),
            ("$i", assessment.Instrument.Value),
            ("$d", Text(assessment.Date)),
            ("$items", JsonSerializer.Serialize(assessment.Items.ToArray())),
            ("$total", assessment.Total));
    }

    /// <summary>Stores an incident.</summary>
    /// <param name="incident">The incident.</param>
    public void InsertIncident(Incident incident)
    {
        ArgumentNullException.ThrowIfNull(incident);
        Insert(
            "INSERT INTO incidents(id, session_id, kind, member_id, severity) VALUES ($id, $s, $k, $m, $sev)",
            ("$id", incident.Id.Value),
            ("$s", incident.SessionId.Value),
            ("$k", WireNames.Of(incident.Kind)),
            ("$m", incident.MemberId?.Value),
            ("$sev", incident.Severity is { } s ? WireNames.Of(s) : null));
    }

    /// <summary>Stores referrals recommended by a logged decision, in one transaction.</summary>
    /// <param name="referrals">The referrals.</param>
    /// <param name="logId">The decision-log entry that recommended them.</param>
    public void InsertReferrals(IReadOnlyList<Referral> referrals, long logId)
    {
        ArgumentNullException.ThrowIfNull(referrals);
        if (referrals.Count == 0)
        {
            return;
        }

        using var connection = database.Open();
        using var transaction = connection.BeginTransaction();
        foreach (var referral in referrals)
        {
            Database.Execute(
                connection,
                "INSERT INTO referrals(id, member_id, date, target, priority, status, rule_id, decision_log_id) VALUES ($id, $m, $d, $t, $p, $s, $r, $log)",
                transaction,
                ("$id", referral.Id.Value),
                ("$m", referral.MemberId.Value),
                ("$d", Text(referral.Date)),
                ("$t", referral.Target.Value),
                ("$p", WireNames.Of(referral.Priority)),
                ("$s", WireNames.Of(referral.Status)),
                ("$r", referral.RuleId),
                ("$log", logId));
        }

        transaction.Commit();
    }

    /// <summary>Gets a referral and its member's group.</summary>
    /// <param name="referralId">The referral id.</param>
    /// <returns>The referral and group, or null.</returns>
    public (Referral Referral, string GroupId)? GetReferral(string referralId)
    {
        using var connection = database.Open();
        using var command = Database.Command(connection, "SELECT r.id, r.member_id, r.date, r.target, r.priority, r.status, r.rule_id, m.group_id FROM referrals r JOIN members m ON m.id = r.member_id WHERE r.id = $id", null, ("$id", referralId));
        using var reader = command.ExecuteReader();
        return reader.Read() ? (ReadReferral(reader), reader.GetString(7)) : null;
    }

    /// <summary>Lists referrals of the groups <paramref name="visible"/> accepts, optionally of one status.</summary>
    /// <param name="visible">Which groups the caller sees.</param>
    /// <param name="status">A status filter, or null.</param>
    /// <returns>The referrals with their group, ordered by date then id.</returns>
    public IReadOnlyList<(Referral Referral, string GroupId)> ListReferrals(Func<string, bool> visible, ReferralStatus? status)
    {
        ArgumentNullException.ThrowIfNull(visible);
        using var connection = database.Open();
        using var command = Database.Command(
            connection,
            "SELECT r.id, r.member_id, r.date, r.target, r.priority, r.status, r.rule_id, m.group_id FROM referrals r JOIN members m ON m.id = r.member_id WHERE $status IS NULL OR r.status = $status ORDER BY r.date, r.id",
            null,
            ("$status", status is { } s ? WireNames.Of(s) : null));
        using var reader = command.ExecuteReader();
        var list = new List<(Referral, string)>();
        while (reader.Read())
        {
            var group = reader.GetString(7);
            if (visible(group))
            {
                list.Add((ReadReferral(reader), group));
            }
        }

        return list;
    }

    /// <summary>Stores a referral's new status if it is still <paramref name="expected"/>.</summary>
    /// <param name="referralId">The referral id.</param>
    /// <param name="expected">The status the caller moved from.</param>
    /// <param name="next">The new status.</param>
    /// <returns>False when another request changed it first.</returns>
    public bool UpdateReferralStatus(string referralId, ReferralStatus expected, ReferralStatus next) =>
        Insert("UPDATE referrals SET status = $next WHERE id = $id AND status = $expected", ("$id", referralId), ("$expected", WireNames.Of(expected)), ("$next", WireNames.Of(next)));

    internal static string Text(DateOnly date) => date.ToString("yyyy-MM-dd", s_invariant);

    private static DateOnly Date(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", s_invariant);

    private static Referral ReadReferral(SqliteDataReader r) => new(
        ReferralId.Create(r.GetString(0)),
        MemberId.Create(r.GetString(1)),
        Date(r.GetString(2)),
        ReferralTarget.Create(r.GetString(3)),
        WireNames.Parse<RulePriority>(r.GetString(4)),
        WireNames.Parse<ReferralStatus>(r.GetString(5)),
        r.IsDBNull(6) ? null : r.GetString(6));

    private static List<Member> ReadMembers(SqliteConnection connection, string groupId, SqliteTransaction? transaction = null)
    {
        var members = new List<Member>();
        Read(connection, transaction, "SELECT id, group_id, joined_on, left_on FROM members WHERE group_id = $g ORDER BY id", groupId, r =>
            members.Add(new Member(MemberId.Create(r.GetString(0)), GroupId.Create(r.GetString(1)), Date(r.GetString(2)), r.IsDBNull(3) ? null : Date(r.GetString(3)))));
        return members;
    }

    private static void Read(SqliteConnection connection, SqliteTransaction? transaction, string sql, string groupId, Action<SqliteDataReader> row)
    {
        using var command = Database.Command(connection, sql, transaction, ("$g", groupId));
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            row(reader);
        }
    }

    private string? Scalar(string sql, params (string Name, object? Value)[] parameters)
    {
        using var connection = database.Open();
        using var command = Database.Command(connection, sql, null, parameters);
        return command.ExecuteScalar() as string;
    }

    private bool Insert(string sql, params (string Name, object? Value)[] parameters)
    {
        using var connection = database.Open();
        return Database.Execute(connection, sql, null, parameters) > 0;
    }
}
