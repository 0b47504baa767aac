using System.Globalization;
using System.Security.Claims;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using PeerSupport.Domain;
using PeerSupport.Rules;
using PeerSupport.Rules.Facts;
using PeerSupport.Rules.Serialization;
using PeerSupport.Samples.ReferralService.Security;
using PeerSupport.Samples.ReferralService.Storage;

namespace PeerSupport.Samples.ReferralService.Api;

internal static partial class Endpoints
{
    /// <summary>
    /// Evaluates the member as of a date, writes the decision to the log, and only then answers. If the log write fails the
    /// answer is 503 and no decision is returned. <c>refer</c> recommendations not already open become referrals.
    /// </summary>
    private static IResult Decide(string memberId, string? asOf, bool? explain, ClaimsPrincipal user, StateStore store, RuleSetHost host, IDecisionLog log, TimeProvider clock, ILoggerFactory loggers)
    {
        if (VisibleGroupOfMember(memberId, user, store) is not { } groupId)
        {
            return Problems.NotFound("member", memberId);
        }

        var input = new Input();
        var engine = host.Engine;
        var date = input.Date("asOf", asOf, required: false) ?? engine.ToDate(clock.GetUtcNow());
        if (!input.IsValid)
        {
            return Problems.Invalid(input.Errors);
        }

        var logger = loggers.CreateLogger("PeerSupport.Samples.ReferralService.Decisions");
        lock (store.WriteLock)
        {
            var built = store.LoadGroup(groupId)!.Build();
            if (built.Dataset is not { } dataset)
            {
                // Writes are checked before they are stored, so this means the file was edited outside the service.
                LogStoredDataInvalid(logger, built.Errors.Count());
                return Results.Problem(statusCode: StatusCodes.Status500InternalServerError, title: "Stored data is inconsistent", detail: "The group's stored records no longer form a valid dataset; no decision was made.");
            }

            var history = dataset.GetMember(MemberId.Create(memberId));
            var member = history.Member;
            if (member.JoinedOn > date)
            {
                input.Error("asOf", $"the member joined on {StateStore.Text(member.JoinedOn)}, after {StateStore.Text(date)}");
                return Problems.Invalid(input.Errors);
            }

            var options = DecisionOptions.RecordInputs | (explain == true ? DecisionOptions.Explain : DecisionOptions.None);
            if (member.LeftOn is { } leftOn && leftOn < date)
            {
                if (date.DayNumber - leftOn.DayNumber > engine.CooldownDays)
                {
                    input.Error("asOf", $"the member left more than the {engine.CooldownDays}-day cooldown before {StateStore.Text(date)}; no decision is made");
                    return Problems.Invalid(input.Errors);
                }

                options |= DecisionOptions.ProtectedRulesOnly;
            }

            var prior = history.Referrals.Where(r => r.Date <= date).Select(DatasetEvaluation.ToPrior).ToArray();
            var subject = DecisionSubject.Member(memberId, groupId);
            var decision = engine.Evaluate(subject, date, new MemberFactReader(history, date, engine.AssessmentWindowDays), prior, options);
            var record = DecisionJson.WriteLogRecord(DecisionLogRecord.Create(decision));
            long logId;
            try
            {
                logId = log.Append(new DecisionLogEntry(0, decision.DecisionId, subject, date, decision.RuleSet, decision.NeedsReview, record));
            }
            catch (Exception ex) when (ex is SqliteException or IOException or InvalidOperationException)
            {
                // No member data in the log line: the exception type and SQLite's error code only.
                LogWriteFailed(logger, ex.GetType().Name, (ex as SqliteException)?.SqliteErrorCode ?? 0);
                return Problems.Unavailable("The decision could not be written to the decision log, so it is not returned. Try again later.");
            }

            var open = history.Referrals.Where(r => r.IsOpen).Select(r => r.Target.Value).ToHashSet(StringComparer.Ordinal);
            var created = new List<Referral>();
            foreach (var recommendation in decision.Recommendations.Where(r => r.Action == RuleAction.Refer))
            {
                if (open.Add(recommendation.Target) && ReferralTarget.TryCreate(recommendation.Target, out var target))
                {
                    created.Add(new Referral(ReferralId.Create(NewId("ref")), member.Id, date, target, recommendation.Priority, ReferralStatus.Recommended, recommendation.RuleIds[0]));
                }
            }

            try
            {
                store.InsertReferrals(created, logId);
            }
            catch (SqliteException ex)
            {
                LogWriteFailed(logger, ex.GetType().Name, ex.SqliteErrorCode);
                return Problems.Unavailable($"The decision was logged (log id {logId.ToString(CultureInfo.InvariantCulture)}) but its referrals could not be stored. Try again later.");
            }

            return Results.Ok(new
            {
                logId,
                decision = JsonDocument.Parse(DecisionJson.Write(decision)).RootElement.Clone(),
                referralsCreated = created.Select(r => ReferralView(r, groupId)).ToArray(),
            });
        }
    }

    [LoggerMessage(EventId = 3, Level = LogLevel.Error, Message = "A group's stored records do not build ({ErrorCount} errors); no decision was made.")]
    private static partial void LogStoredDataInvalid(ILogger logger, int errorCount);

    [LoggerMessage(EventId = 1, Level = LogLevel.Error, Message = "Decision log write failed ({ExceptionType}, SQLite error {SqliteErrorCode}); the request was answered 503.")]
    private static partial void LogWriteFailed(ILogger logger, string exceptionType, int sqliteErrorCode);
}
