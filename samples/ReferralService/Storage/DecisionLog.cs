using PeerSupport.Rules;

namespace PeerSupport.Samples.ReferralService.Storage;

/// <summary>One logged decision: the columns an auditor filters on, and the engine's log record (inputs and outcome) for replay.</summary>
/// <param name="LogId">The log entry id (a decision id can repeat: the same subject, date and rule set with new data).</param>
/// <param name="DecisionId">The engine's decision id.</param>
/// <param name="Subject">The subject.</param>
/// <param name="AsOf">The decision date.</param>
/// <param name="RuleSet">The rule-set stamp.</param>
/// <param name="NeedsReview">Whether the decision needs a person's review.</param>
/// <param name="Record">The engine's decision-log record (JSON).</param>
public sealed record DecisionLogEntry(long LogId, string DecisionId, DecisionSubject Subject, DateOnly AsOf, RuleSetStamp RuleSet, bool NeedsReview, string Record);

/// <summary>The decision log. <see cref="Append"/> returns only once the entry is durable; it throws otherwise.</summary>
public interface IDecisionLog
{
    /// <summary>Writes one entry durably.</summary>
    /// <param name="entry">The entry (its <see cref="DecisionLogEntry.LogId"/> is ignored).</param>
    /// <returns>The log id assigned.</returns>
    long Append(DecisionLogEntry entry);

    /// <summary>Reads one entry.</summary>
    /// <param name="logId">The log id.</param>
    /// <returns>The entry or null.</returns>
    DecisionLogEntry? Get(long logId);
}

/// <summary>The decision log in the service's SQLite file (table <c>decision_log</c>).</summary>
public sealed class SqliteDecisionLog(Database database) : IDecisionLog
{
    /// <inheritdoc/>
    public long Append(DecisionLogEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        using var connection = database.Open();
        using var transaction = connection.BeginTransaction();
        using var command = Database.Command(
            connection,
            """
            INSERT INTO decision_log(decision_id, subject_kind, subject_id, group_id, as_of, rule_set_id, rule_set_version, rule_set_sha256, needs_review, record)
            VALUES ($d, $k, $s, $g, $a, $ri, $rv, $rh, $nr, $rec) RETURNING log_id
            """,
            transaction,
            ("$d", entry.DecisionId),
            ("$k", entry.Subject.Kind == RuleSubject.Member ? "member" : "group"),
            ("$s", entry.Subject.Id),
            ("$g", entry.Subject.GroupId),
            ("$a", StateStore.Text(entry.AsOf)),
            ("$ri", entry.RuleSet.Id),
            ("$rv", entry.RuleSet.Version),
            ("$rh", entry.RuleSet.Sha256),
            ("$nr", entry.NeedsReview ? 1 : 0),
            ("$rec", entry.Record));
        var id = (long)command.ExecuteScalar()!;
        transaction.Commit();
        return id;
    }

    /// <inheritdoc/>
    public DecisionLogEntry? Get(long logId)
    {
        using var connection = database.Open();
        using var command = Database.Command(
            connection,
            "SELECT log_id, decision_id, subject_kind, subject_id, group_id, as_of, rule_set_id, rule_set_version, rule_set_sha256, needs_review, record FROM decision_log WHERE log_id = $id",
            null,
            ("$id", logId));
        using var r = command.ExecuteReader();
        if (!r.Read())
        {
            return null;
        }

        var kind = r.GetString(2) == "member" ? RuleSubject.Member : RuleSubject.Group;
        return new DecisionLogEntry(
            r.GetInt64(0),
            r.GetString(1),
            new DecisionSubject(kind, r.GetString(3), r.GetString(4)),
            DateOnly.ParseExact(r.GetString(5), "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            new RuleSetStamp(r.GetString(6), r.GetString(7), r.GetString(8)),
            r.GetInt64(9) != 0,
            r.GetString(10));
    }
}
