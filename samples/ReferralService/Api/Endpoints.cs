using System.Security.Claims;
using System.Text.Json;
using PeerSupport.Datasets;
using PeerSupport.Domain;
using PeerSupport.Instruments;
using PeerSupport.Rules;
using PeerSupport.Rules.Facts;
using PeerSupport.Rules.Serialization;
using PeerSupport.Samples.ReferralService.Security;
using PeerSupport.Samples.ReferralService.Storage;

namespace PeerSupport.Samples.ReferralService.Api;

/// <summary>The HTTP endpoints.</summary>
internal static partial class Endpoints
{
    public static void Map(WebApplication app)
    {
        app.MapGet("/healthz", () => Results.Ok(new { status = "ok" })).AllowAnonymous().ExcludeFromDescription();

        var groups = app.MapGroup("/groups").WithTags("Groups");
        groups.MapPost("/", CreateGroup).RequireAuthorization(Scopes.Groups).WithSummary("Create a group (clinical lead).").Answers(201, 400, 409);
        groups.MapGet("/{groupId}/members", ListMembers).RequireAuthorization(Scopes.Members).WithSummary("List a group's members.").Answers(200, 404);
        // Member and session ids are unique across the service, so creating them is for a key that sees every group:
        // a facilitator told "id taken" would learn that an id exists in a group they do not run.
        groups.MapPost("/{groupId}/members", CreateMember).RequireAuthorization(Scopes.Groups).WithSummary("Enrol a member (clinical lead).").Answers(201, 400, 404, 409);
        groups.MapPost("/{groupId}/sessions", CreateSession).RequireAuthorization(Scopes.Groups).WithSummary("Schedule a session (clinical lead).").Answers(201, 400, 404, 409);

        var members = app.MapGroup("/members/{memberId}").WithTags("Members").RequireAuthorization(Scopes.Members);
        members.MapPost("/attendance", RecordAttendance).WithSummary("Record attendance at a session of the member's group.").Answers(201, 400, 404, 422);
        members.MapPost("/assessments", RecordAssessment).WithSummary("Record an assessment.").Answers(201, 400, 404, 422);
        members.MapPost("/incidents", RecordIncident).WithSummary("Record an incident involving the member.").Answers(201, 400, 404, 422);
        members.MapPost("/decisions", Decide).WithSummary("Evaluate, log and return the member's current decision; refer recommendations become referrals.").Answers(200, 400, 404, 503);

        var referrals = app.MapGroup("/referrals").WithTags("Referrals").RequireAuthorization(Scopes.Members);
        referrals.MapGet("/", ListReferrals).WithSummary("List referrals of the groups this key sees.").Answers(200, 400);
        referrals.MapPost("/{referralId}/status", MoveReferral).WithSummary("Move a referral through its lifecycle (409 for an illegal move).").Answers(200, 400, 404, 409);

        var rules = app.MapGroup("/rule-set").WithTags("Rule set");
        rules.MapGet("/", GetRuleSet).RequireAuthorization(Scopes.RulesRead).WithSummary("The rule file in force.").Answers(200);
        rules.MapPut("/", UploadRuleSet).RequireAuthorization(Scopes.RulesWrite).WithSummary("Validate and swap in a rule file sent as the request body (422 with every error located; the old set stays on failure).").Answers(200, 422, 503);

        var decisions = app.MapGroup("/decisions").WithTags("Decision log").RequireAuthorization(Scopes.Audit);
        decisions.MapGet("/{logId:long}", GetDecision).WithSummary("A logged decision.").Answers(200, 404);
        decisions.MapPost("/{logId:long}/replay", ReplayDecision).WithSummary("Re-evaluate a logged decision with its rule set and logged inputs, and compare.").Answers(200, 404, 422);
    }

    /// <summary>Documents the success code and the problem codes of an endpoint (401 and 403 apply to every one).</summary>
    private static RouteHandlerBuilder Answers(this RouteHandlerBuilder builder, int success, params int[] problems)
    {
        builder.Produces(success);
        foreach (var status in problems.Append(StatusCodes.Status401Unauthorized).Append(StatusCodes.Status403Forbidden))
        {
            builder.ProducesProblem(status);
        }

        return builder;
    }

    private static IResult CreateGroup(CreateGroupRequest? request, StateStore store)
    {
        var input = new Input();
        if (request is null)
        {
            input.Error(string.Empty, "a JSON body is required");
            return Problems.Invalid(input.Errors);
        }

        var id = input.Id<GroupId>("/id", request.Id);
        var name = input.Text("/name", request.Name, PeerGroup.MaxNameLength);
        var model = input.Enum<FacilitationModel>("/facilitationModel", request.FacilitationModel);
        var acuity = input.Enum<Acuity>("/acuity", request.Acuity, required: false) ?? Acuity.Standard;
        if (!input.IsValid)
        {
            return Problems.Invalid(input.Errors);
        }

        var group = new PeerGroup(id!.Value, name!, model!.Value, acuity);
        lock (store.WriteLock)
        {
            return store.InsertGroup(group)
                ? Results.Created($"/groups/{group.Id}", new { id = group.Id.Value, name = group.Name, facilitationModel = WireNames.Of(group.FacilitationModel), acuity = WireNames.Of(group.Acuity) })
                : Problems.Conflict($"A group '{group.Id}' already exists.");
        }
    }

    private static IResult ListMembers(string groupId, ClaimsPrincipal user, StateStore store)
    {
        if (!user.CanSee(groupId) || !store.GroupExists(groupId))
        {
            return Problems.NotFound("group", groupId);
        }

        return Results.Ok(store.Members(groupId).Select(MemberView));
    }

    private static IResult CreateMember(string groupId, CreateMemberRequest? request, ClaimsPrincipal user, StateStore store)
    {
        if (!user.CanSee(groupId) || !store.GroupExists(groupId))
        {
            return Problems.NotFound("group", groupId);
        }

        var input = new Input();
        var id = input.Id<MemberId>("/id", request?.Id);
        var joined = input.Date("/joinedOn", request?.JoinedOn);
        if (!input.IsValid)
        {
            return Problems.Invalid(input.Errors);
        }

        var member = new Member(id!.Value, GroupId.Create(groupId), joined!.Value);
        lock (store.WriteLock)
        {
            return store.InsertMember(member)
                ? Results.Created($"/groups/{groupId}/members", MemberView(member))
                : Problems.Conflict($"The member id '{member.Id}' is already in use.");
        }
    }

    private static IResult CreateSession(string groupId, CreateSessionRequest? request, ClaimsPrincipal user, StateStore store)
    {
        if (!user.CanSee(groupId) || !store.GroupExists(groupId))
        {
            return Problems.NotFound("group", groupId);
        }

        var input = new Input();
        var id = input.Id<SessionId>("/id", request?.Id);
        var date = input.Date("/date", request?.Date);
        if (!input.IsValid)
        {
            return Problems.Invalid(input.Errors);
        }

        var session = new GroupSession(id!.Value, GroupId.Create(groupId), date!.Value);
        lock (store.WriteLock)
        {
            return store.InsertSession(session)
                ? Results.Created($"/groups/{groupId}/sessions", new { id = session.Id.Value, groupId, date = StateStore.Text(session.Date) })
                : Problems.Conflict($"The session id '{session.Id}' is already in use.");
        }
    }

    private static IResult RecordAttendance(string memberId, AttendanceRequest? request, ClaimsPrincipal user, StateStore store)
    {
        if (VisibleGroupOfMember(memberId, user, store) is not { } groupId)
        {
            return Problems.NotFound("member", memberId);
        }

        var input = new Input();
        var session = input.Id<SessionId>("/sessionId", request?.SessionId);
        var status = input.Enum<AttendanceStatus>("/status", request?.Status);
        if (!input.IsValid)
        {
            return Problems.Invalid(input.Errors);
        }

        var record = new AttendanceRecord(session!.Value, MemberId.Create(memberId), status!.Value);
        return Write(store, groupId, record.SessionId.Value, b => b.AddAttendance(record), () => store.InsertAttendance(record), new { sessionId = record.SessionId.Value, memberId, status = WireNames.Of(record.Status) });
    }

    private static IResult RecordAssessment(string memberId, AssessmentRequest? request, ClaimsPrincipal user, StateStore store)
    {
        if (VisibleGroupOfMember(memberId, user, store) is not { } groupId)
        {
            return Problems.NotFound("member", memberId);
        }

        var input = new Input();
        InstrumentId? instrument = null;
        if (request?.Instrument is null)
        {
            input.Error("/instrument", "is required, e.g. phq9");
        }
        else if (BuiltInInstruments.All.FirstOrDefault(d => InstrumentId.TryParse(request.Instrument, out var parsed) && (d.Id == parsed || d.Id.FactPrefix == request.Instrument)) is { } definition)
        {
            // Either the canonical id (PHQ-9) or the name rules use for its facts (phq9).
            instrument = definition.Id;
        }
        else
        {
            input.Error("/instrument", $"'{request.Instrument}' is not a known instrument; expected one of {string.Join(", ", BuiltInInstruments.All.Select(d => d.Id.FactPrefix))} (or {string.Join(", ", BuiltInInstruments.All.Select(d => d.Id.Value))})");
        }

        var date = input.Date("/date", request?.Date);
        if ((request?.Items is null || request.Items.All(i => i is null)) && request?.Total is null)
        {
            input.Error("/items", "give item answers or a total");
        }

        if (!input.IsValid)
        {
            return Problems.Invalid(input.Errors);
        }

        Assessment assessment;
        try
        {
            assessment = new Assessment(MemberId.Create(memberId), instrument!.Value, date!.Value, [.. request!.Items ?? []], request.Total);
        }
        catch (ArgumentException ex)
        {
            input.Error("/items", ex.Message.Split(" (Parameter", 2)[0]);
            return Problems.Invalid(input.Errors);
        }

        return Write(store, groupId, null, b => b.AddAssessment(assessment), () => store.InsertAssessment(assessment), new { memberId, instrument = assessment.Instrument.Value, date = StateStore.Text(assessment.Date) });
    }

    private static IResult RecordIncident(string memberId, IncidentRequest? request, ClaimsPrincipal user, StateStore store)
    {
        if (VisibleGroupOfMember(memberId, user, store) is not { } groupId)
        {
            return Problems.NotFound("member", memberId);
        }

        var input = new Input();
        var session = input.Id<SessionId>("/sessionId", request?.SessionId);
        var kind = input.Enum<IncidentKind>("/kind", request?.Kind);
        var severity = input.Enum<IncidentSeverity>("/severity", request?.Severity, required: false);
        if (!input.IsValid)
        {
            return Problems.Invalid(input.Errors);
        }

        var incident = new Incident(IncidentId.Create(NewId("inc")), session!.Value, kind!.Value, MemberId.Create(memberId), severity);
        return Write(store, groupId, incident.SessionId.Value, b => b.AddIncident(incident), () => store.InsertIncident(incident), new { id = incident.Id.Value, memberId, sessionId = incident.SessionId.Value, kind = WireNames.Of(incident.Kind) });
    }

    /// <summary>
    /// Checks a write the way a dataset is checked (the group's records plus the new one must build), then stores it, all
    /// under the write lock. A session named by the request must belong to the member's group; a session elsewhere gets the
    /// same answer as one that does not exist.
    /// </summary>
    private static IResult Write(StateStore store, string groupId, string? sessionId, Action<DatasetBuilder> add, Action save, object created)
    {
        lock (store.WriteLock)
        {
            if (sessionId is not null && store.GroupOfSession(sessionId) != groupId)
            {
                var input = new Input();
                input.Error("/sessionId", $"no session '{sessionId}' in the member's group");
                return Problems.Invalid(input.Errors);
            }

            var builder = store.LoadGroup(groupId)!;
            add(builder);
            var result = builder.Build();
            if (!result.Succeeded)
            {
                return Problems.Unprocessable(
                    "The record conflicts with the group's data",
                    "Nothing was stored.",
                    result.Errors);
            }

            save();
            return Results.Created((string?)null, created);
        }
    }

    private static IResult ListReferrals(string? status, ClaimsPrincipal user, StateStore store)
    {
        var input = new Input();
        var filter = input.Enum<ReferralStatus>("/status", status, required: false);
        if (!input.IsValid)
        {
            return Problems.Invalid(input.Errors);
        }

        return Results.Ok(store.ListReferrals(user.CanSee, filter).Select(r => ReferralView(r.Referral, r.GroupId)));
    }

    private static IResult MoveReferral(string referralId, TransitionRequest? request, ClaimsPrincipal user, StateStore store)
    {
        var found = store.GetReferral(referralId);
        if (found is not { } current || !user.CanSee(current.GroupId))
        {
            return Problems.NotFound("referral", referralId);
        }

        var input = new Input();
        var next = input.Enum<ReferralStatus>("/status", request?.Status);
        if (!input.IsValid)
        {
            return Problems.Invalid(input.Errors);
        }

        lock (store.WriteLock)
        {
            var (referral, groupId) = store.GetReferral(referralId)!.Value;
            Referral moved;
            try
            {
                moved = referral.TransitionTo(next!.Value);
            }
            catch (InvalidReferralTransitionException ex)
            {
                return Results.Problem(
                    statusCode: StatusCodes.Status409Conflict,
                    title: "Illegal referral transition",
                    detail: ex.Message,
                    extensions: new Dictionary<string, object?>
                    {
                        ["from"] = WireNames.Of(ex.From),
                        ["to"] = WireNames.Of(ex.To),
                        ["allowed"] = ReferralLifecycle.NextStatuses(ex.From).Select(WireNames.Of).ToArray(),
                    });
            }

            store.UpdateReferralStatus(referralId, referral.Status, moved.Status);
            return Results.Ok(ReferralView(moved, groupId));
        }
    }

    private static IResult GetRuleSet(RuleSetHost host) => Results.Text(host.CurrentJson, "application/json");

    private static async Task<IResult> UploadRuleSet(HttpRequest request, ClaimsPrincipal user, RuleSetHost host)
    {
        string json;
        using (var reader = new StreamReader(request.Body))
        {
            var buffer = new char[RuleSetJson.MaxFileLength + 1];
            var length = 0;
            int read;
            while (length < buffer.Length && (read = await reader.ReadBlockAsync(buffer.AsMemory(length)).ConfigureAwait(false)) > 0)
            {
                length += read;
            }

            if (length > RuleSetJson.MaxFileLength)
            {
                return Problems.Unprocessable("The rule set is invalid", "The rule set was not changed.", [Problem.AtPointer("too-long", string.Empty, $"a rule file may be at most {RuleSetJson.MaxFileLength} characters")]);
            }

            json = new string(buffer, 0, length);
        }

        var result = host.Upload(json, user.Identity?.Name ?? "unknown");
        if (!result.Succeeded)
        {
            return Problems.Unprocessable(
                "The rule set is invalid",
                $"{result.Problems.Count} error(s); the rule set in force ({host.Engine.Current.Stamp.Id} {host.Engine.Current.Stamp.Version}) was not changed.",
                result.Problems);
        }

        return Results.Ok(StampView(result.RuleSet.Stamp));
    }

    private static IResult GetDecision(long logId, IDecisionLog log)
    {
        var entry = log.Get(logId);
        return entry is null ? Problems.NotFound("decision-log entry", logId.ToString(System.Globalization.CultureInfo.InvariantCulture)) : Results.Ok(LogView(entry));
    }

    private static IResult ReplayDecision(long logId, IDecisionLog log, RuleSetHost host)
    {
        var entry = log.Get(logId);
        if (entry is null)
        {
            return Problems.NotFound("decision-log entry", logId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        var ruleSet = host.Find(entry.RuleSet);
        if (ruleSet is null)
        {
            return Problems.Unprocessable("Rule set not found", "The rule set the decision names is not stored here.", [Problem.AtPointer("unknown-rule-set", "/ruleSet", $"no rule set {entry.RuleSet.Id} {entry.RuleSet.Version} with hash {entry.RuleSet.Sha256}")]);
        }

        var replay = DecisionJson.Replay(ruleSet, entry.Record);
        return Results.Ok(new
        {
            logId = entry.LogId,
            decisionId = entry.DecisionId,
            matches = replay.Matches,
            replayedDecisionId = replay.Replayed?.DecisionId,
            errors = replay.Problems.Select(Problems.View),
        });
    }

    internal static string? VisibleGroupOfMember(string memberId, ClaimsPrincipal user, StateStore store) =>
        store.GroupOfMember(memberId) is { } groupId && user.CanSee(groupId) ? groupId : null;

    internal static string NewId(string prefix) => prefix + "-" + Guid.NewGuid().ToString("N")[..20];

    private static object MemberView(Member m) => new { id = m.Id.Value, groupId = m.GroupId.Value, joinedOn = StateStore.Text(m.JoinedOn), leftOn = m.LeftOn is { } l ? StateStore.Text(l) : null };

    private static object ReferralView(Referral r, string groupId) => new
    {
        id = r.Id.Value,
        memberId = r.MemberId.Value,
        groupId,
        date = StateStore.Text(r.Date),
        target = r.Target.Value,
        priority = WireNames.Of(r.Priority),
        status = WireNames.Of(r.Status),
        ruleId = r.RuleId,
        next = ReferralLifecycle.NextStatuses(r.Status).Select(WireNames.Of).ToArray(),
    };

    internal static object StampView(RuleSetStamp s) => new { id = s.Id, version = s.Version, sha256 = s.Sha256 };

    private static object LogView(DecisionLogEntry e) => new
    {
        logId = e.LogId,
        decisionId = e.DecisionId,
        subject = new { kind = e.Subject.Kind == RuleSubject.Member ? "member" : "group", id = e.Subject.Id, groupId = e.Subject.GroupId },
        asOf = StateStore.Text(e.AsOf),
        ruleSet = StampView(e.RuleSet),
        needsReview = e.NeedsReview,
        record = JsonDocument.Parse(e.Record).RootElement.Clone(),
    };
}
