using System.Collections.Immutable;
using PeerSupport.Datasets;
using PeerSupport.Domain;
using PeerSupport.Instruments;
using PeerSupport.Rules;

namespace PeerSupport.Data.Internal;

/// <summary>
/// Maps the rows of every CSV file onto domain records and adds them, with their location, to a
/// <see cref="DatasetBuilder"/>. Files are read parents first (programs, groups, facilitators, members,
/// sessions, then the files that refer to them) so that rows referring to a rejected row can be
/// skipped instead of producing follow-on errors.
/// </summary>
internal sealed class RowReader(string directory, DatasetBuilder builder, ProblemSink problems)
{
    private readonly HashSet<ProgrammeId> _rejectedProgrammes = [];
    private readonly HashSet<GroupId> _rejectedGroups = [];
    private readonly HashSet<FacilitatorId> _rejectedFacilitators = [];
    private readonly HashSet<MemberId> _rejectedMembers = [];
    private readonly HashSet<SessionId> _rejectedSessions = [];
    private readonly IdPool<ProgrammeId> _programmeIds = new();
    private readonly IdPool<GroupId> _groupIds = new();
    private readonly IdPool<FacilitatorId> _facilitatorIds = new();
    private readonly IdPool<MemberId> _memberIds = new();
    private readonly IdPool<SessionId> _sessionIds = new();
    private readonly Dictionary<string, InstrumentId> _instruments = new(StringComparer.Ordinal);
    private Dictionary<string, InstrumentId>.AlternateLookup<ReadOnlySpan<char>> _instrumentsByText;

    public void ReadAll()
    {
        _instrumentsByText = _instruments.GetAlternateLookup<ReadOnlySpan<char>>();
        ForEachRow(CsvSchema.Programs, ReadProgramme, _rejectedProgrammes);
        ForEachRow(CsvSchema.Groups, ReadGroup, _rejectedGroups);
        ForEachRow(CsvSchema.Facilitators, ReadFacilitator, _rejectedFacilitators);
        ForEachRow(CsvSchema.Members, ReadMember, _rejectedMembers);
        ForEachRow(CsvSchema.Sessions, ReadSession, _rejectedSessions);
        ForEachRow(CsvSchema.Attendance, ReadAttendance);
        ReadAssessments();
        ForEachRow(CsvSchema.Incidents, ReadIncident);
        ForEachRow(CsvSchema.Referrals, ReadReferral);
        ForEachRow(CsvSchema.Goals, ReadGoal);
    }

    private void ForEachRow<T>(CsvSchema schema, Action<CsvFileReader> read, HashSet<T> rejected)
        where T : struct, IIdentifier<T>
    {
        using var file = CsvFileReader.Open(directory, schema, problems);
        if (file is null)
        {
            return;
        }

        while (file.MoveNext())
        {
            read(file);
        }

        foreach (var text in file.SkippedRowIds)
        {
            try
            {
                rejected.Add(T.Create(text));
            }
            catch (ArgumentException)
            {
                // An id that is not even valid cannot be referred to by a valid row.
            }
        }
    }

    private void ForEachRow(CsvSchema schema, Action<CsvFileReader> read)
    {
        using var file = CsvFileReader.Open(directory, schema, problems);
        if (file is null)
        {
            return;
        }

        while (file.MoveNext())
        {
            read(file);
        }
    }

    private void ReadProgramme(CsvFileReader file)
    {
        var ok = file.TryId("program_id", out var id, _programmeIds);
        ok &= file.TryRequiredText("name", out var name);
        if (file.TryInt("modules", out var modules))
        {
            if (modules is < 1 or > Programme.MaxModules)
            {
                file.Error("out-of-range", "modules", $"modules must be 1-{Programme.MaxModules}, was {modules}");
                ok = false;
            }
        }
        else
        {
            ok = false;
        }

        if (ok)
        {
            try
            {
                builder.AddProgramme(Programme.WithModuleCount(id, name!, modules), file.Location);
                return;
            }
            catch (ArgumentException ex)
            {
                ConstructorError(file, ex, "program_id");
            }
        }

        Reject(_rejectedProgrammes, id);
    }

    private void ReadGroup(CsvFileReader file)
    {
        var ok = file.TryId("group_id", out var id, _groupIds);
        ok &= file.TryRequiredText("name", out var name);
        ok &= file.TryEnum<FacilitationModel>("facilitation_model", out var model);
        ok &= file.TryOptionalEnum<Acuity>("acuity", out var acuity);
        ok &= file.TryOptionalEnum<Modality>("modality", out var modality);
        ok &= file.TryOptionalInt("capacity", out var capacity);
        ok &= file.TryOptionalId("program_id", out var programmeId, _programmeIds);
        ok &= file.TryOptionalDate("started_on", out var startedOn);
        if (programmeId is { } p && _rejectedProgrammes.Contains(p))
        {
            ok = false;
        }

        if (ok)
        {
            try
            {
                builder.AddGroup(new PeerGroup(id, name!, model, acuity ?? Acuity.Standard, modality, capacity, programmeId, startedOn), file.Location);
                return;
            }
            catch (ArgumentException ex)
            {
                ConstructorError(file, ex, "group_id");
            }
        }

        Reject(_rejectedGroups, id);
    }

    private void ReadFacilitator(CsvFileReader file)
    {
        var ok = file.TryId("facilitator_id", out var id, _facilitatorIds);
        ok &= file.TryEnum<FacilitatorRole>("role", out var role);
        var credentialName = file.Text("credential");
        ok &= file.TryOptionalDate("credential_expires_on", out var expiresOn);
        if (expiresOn is not null && credentialName is null)
        {
            file.Error(
                "expiry-without-credential",
                "credential_expires_on",
                "credential_expires_on is given but credential is empty; an expiry belongs to a named credential (name it, or leave both empty)");
            ok = false;
        }

        if (ok)
        {
            try
            {
                var credential = credentialName is null ? null : new Credential(credentialName, role, expiresOn);
                builder.AddFacilitator(new Facilitator(id, role, credential), file.Location);
                return;
            }
            catch (ArgumentException ex)
            {
                ConstructorError(file, ex, "facilitator_id", static name => name switch
                {
                    "name" => "credential",
                    "scope" => "role",
                    "expiresOn" => "credential_expires_on",
                    _ => null,
                });
            }
        }

        Reject(_rejectedFacilitators, id);
    }

    private void ReadMember(CsvFileReader file)
    {
        var ok = file.TryId("member_id", out var id, _memberIds);
        ok &= file.TryId("group_id", out var groupId, _groupIds);
        ok &= file.TryDate("joined_on", out var joinedOn);
        ok &= file.TryOptionalDate("left_on", out var leftOn);
        ok &= file.TryOptionalEnum<LeavingReason>("left_reason", out var reason);
        ok &= file.TryOptionalBool("consent_share_scores", out var shareScores);
        ok &= file.TryOptionalBool("consent_research", out var research);
        ok &= !_rejectedGroups.Contains(groupId);
        if (ok)
        {
            try
            {
                builder.AddMember(new Member(id, groupId, joinedOn, leftOn, reason, new Consent(shareScores, research)), file.Location);
                return;
            }
            catch (ArgumentException ex)
            {
                ConstructorError(file, ex, "member_id", static name => name == "leavingReason" ? "left_reason" : null);
            }
        }

        Reject(_rejectedMembers, id);
    }

    private void ReadSession(CsvFileReader file)
    {
        var ok = file.TryId("session_id", out var id, _sessionIds);
        ok &= file.TryId("group_id", out var groupId, _groupIds);
        ok &= file.TryDate("date", out var date);
        ok &= TryFacilitatorIds(file, out var facilitatorIds);
        ok &= file.TryOptionalInt("program_module", out var module);
        ok &= !_rejectedGroups.Contains(groupId);
        foreach (var facilitatorId in facilitatorIds)
        {
            ok &= !_rejectedFacilitators.Contains(facilitatorId);
        }

        if (ok)
        {
            try
            {
                builder.AddSession(new GroupSession(id, groupId, date, facilitatorIds, module), file.Location);
                return;
            }
            catch (ArgumentException ex)
            {
                ConstructorError(file, ex, "session_id");
            }
        }

        Reject(_rejectedSessions, id);
    }

    private static bool TryFacilitatorIds(CsvFileReader file, out ImmutableArray<FacilitatorId> ids)
    {
        ids = [];
        var text = file.Text("facilitator_ids");
        if (text is null)
        {
            return true;
        }

        var parts = text.Split(';');
        var result = ImmutableArray.CreateBuilder<FacilitatorId>(parts.Length);
        foreach (var part in parts)
        {
            if (part.Length == 0)
            {
                file.Error("invalid-id", "facilitator_ids", "facilitator_ids has an empty entry; separate facilitator ids with a single ';' and no ';' at either end");
                return false;
            }

            if (!file.TryCreateId<FacilitatorId>("facilitator_ids", part, out var id))
            {
                return false;
            }

            result.Add(id);
        }

        ids = result.MoveToImmutable();
        return true;
    }

    private void ReadAttendance(CsvFileReader file)
    {
        var ok = file.TryId("session_id", out var sessionId, _sessionIds);
        ok &= file.TryId("member_id", out var memberId, _memberIds);
        ok &= file.TryEnum<AttendanceStatus>("status", out var status);
        ok &= file.TryOptionalDouble("speaking_minutes", out var minutes);
        ok &= file.TryOptionalInt("turns", out var turns);
        ok &= !_rejectedSessions.Contains(sessionId) && !_rejectedMembers.Contains(memberId);
        if (ok)
        {
            try
            {
                builder.AddAttendance(new AttendanceRecord(sessionId, memberId, status, minutes, turns), file.Location);
            }
            catch (ArgumentException ex)
            {
                ConstructorError(file, ex, "status");
            }
        }
    }

    private void ReadAssessments()
    {
        using var file = CsvFileReader.Open(directory, CsvSchema.Assessments, problems);
        if (file is null)
        {
            return;
        }

        // The item columns are the same for every row: their item numbers are worked out once, and one buffer
        // holds the answers of the current row.
        var itemNumbers = new int[file.PatternColumns.Count];
        for (var i = 0; i < itemNumbers.Length; i++)
        {
            itemNumbers[i] = CsvSchema.ItemNumber(file.PatternColumns[i])!.Value;
        }

        var items = new int?[itemNumbers.Length == 0 ? 0 : itemNumbers.Max()];
        while (file.MoveNext())
        {
            ReadAssessment(file, itemNumbers, items);
        }
    }

    private void ReadAssessment(CsvFileReader file, int[] itemNumbers, int?[] items)
    {
        var ok = file.TryId("member_id", out var memberId, _memberIds);
        ok &= TryInstrument(file, out var instrument);
        ok &= file.TryDate("date", out var date);
        Array.Clear(items);
        for (var i = 0; i < itemNumbers.Length; i++)
        {
            if (file.TryOptionalInt(file.PatternColumns[i], out var answer))
            {
                items[itemNumbers[i] - 1] = answer;
            }
            else
            {
                ok = false;
            }
        }

        ok &= file.TryOptionalInt("total", out var total);
        ok &= !_rejectedMembers.Contains(memberId);
        if (!ok)
        {
            return;
        }

        // Trailing empty item cells carry no information (the item columns of a file run up to the
        // longest instrument in it), so they are dropped: PHQ-2 items stay two items long.
        var length = items.Length;
        while (length > 0 && items[length - 1] is null)
        {
            length--;
        }

        try
        {
            builder.AddAssessment(new Assessment(memberId, instrument, date, [.. items.AsSpan(0, length)], total), file.Location);
        }
        catch (ArgumentException ex)
        {
            ConstructorError(file, ex, "total", static name => name == "items" ? "total" : null);
        }
    }

    private bool TryInstrument(CsvFileReader file, out InstrumentId instrument)
    {
        // A file names a few instruments on many rows: each distinct cell text is turned into an id once.
        if (_instrumentsByText.TryGetValue(file.Cell("instrument"), out instrument))
        {
            return true;
        }

        if (!file.TryRequiredText("instrument", out var text))
        {
            return false;
        }

        try
        {
            instrument = InstrumentId.Create(text);
            _instruments[text] = instrument;
            return true;
        }
        catch (ArgumentException ex)
        {
            file.Error("invalid-id", "instrument", $"instrument: {CsvFileReader.FirstSentence(ex.Message)}");
            return false;
        }
    }

    private void ReadIncident(CsvFileReader file)
    {
        var ok = file.TryId<IncidentId>("incident_id", out var id);
        ok &= file.TryId("session_id", out var sessionId, _sessionIds);
        ok &= file.TryOptionalId("member_id", out var memberId, _memberIds);
        ok &= file.TryEnum<IncidentKind>("kind", out var kind);
        ok &= file.TryOptionalEnum<IncidentSeverity>("severity", out var severity);
        ok &= !_rejectedSessions.Contains(sessionId) && !(memberId is { } m && _rejectedMembers.Contains(m));
        if (ok)
        {
            try
            {
                builder.AddIncident(new Incident(id, sessionId, kind, memberId, severity), file.Location);
            }
            catch (ArgumentException ex)
            {
                ConstructorError(file, ex, "incident_id");
            }
        }
    }

    private void ReadReferral(CsvFileReader file)
    {
        var ok = file.TryId<ReferralId>("referral_id", out var id);
        ok &= file.TryId("member_id", out var memberId, _memberIds);
        ok &= file.TryDate("date", out var date);
        ok &= TryTarget(file, out var target);
        ok &= file.TryEnum<RulePriority>("priority", out var priority);
        ok &= file.TryEnum<ReferralStatus>("status", out var status);
        var ruleId = file.Text("rule_id");
        ok &= !_rejectedMembers.Contains(memberId);
        if (ok)
        {
            try
            {
                builder.AddReferral(new Referral(id, memberId, date, target, priority, status, ruleId), file.Location);
            }
            catch (ArgumentException ex)
            {
                ConstructorError(file, ex, "referral_id");
            }
        }
    }

    private static bool TryTarget(CsvFileReader file, out ReferralTarget target)
    {
        target = default;
        if (!file.TryRequiredText("target", out var text))
        {
            return false;
        }

        if (ReferralTarget.TryCreate(text, out target))
        {
            return true;
        }

        try
        {
            ReferralTarget.Create(text);
        }
        catch (ArgumentException ex)
        {
            file.Error("invalid-value", "target", $"target: {CsvFileReader.FirstSentence(ex.Message)}");
        }

        return false;
    }

    private void ReadGoal(CsvFileReader file)
    {
        var ok = file.TryId("member_id", out var memberId, _memberIds);
        ok &= file.TryId<GoalId>("goal_id", out var goalId);
        ok &= file.TryOptionalDouble("weight", out var weight);
        ok &= file.TryInt("attainment", out var attainment);
        ok &= file.TryDate("date", out var date);
        ok &= !_rejectedMembers.Contains(memberId);
        if (ok)
        {
            try
            {
                builder.AddGoalRating(new GoalRating(memberId, goalId, attainment, date, weight ?? 1), file.Location);
            }
            catch (ArgumentException ex)
            {
                ConstructorError(file, ex, "goal_id");
            }
        }
    }

    /// <summary>
    /// Records an argument exception thrown by a domain constructor as an error located at the column of the
    /// parameter it names (mapped by <paramref name="special"/>, else snake_cased), or at <paramref name="fallbackColumn"/>.
    /// </summary>
    private static void ConstructorError(CsvFileReader file, ArgumentException exception, string fallbackColumn, Func<string, string?>? special = null)
    {
        file.ConstructorError(exception, parameter =>
        {
            if (parameter is null)
            {
                return fallbackColumn;
            }

            var column = special?.Invoke(parameter) ?? CsvFileReader.SnakeCase(parameter);
            return file.Has(column) ? column : fallbackColumn;
        });
    }

    private static void Reject<T>(HashSet<T> rejected, T id)
        where T : struct, IIdentifier<T>
    {
        if (id.Value.Length > 0)
        {
            rejected.Add(id);
        }
    }
}
