using Microsoft.Data.Sqlite;

namespace PeerSupport.Samples.ReferralService.Storage;

/// <summary>
/// Opens connections to the service's SQLite file: WAL journal (set once, persistent) and <c>synchronous=FULL</c> on every
/// connection, so a committed transaction survives a crash or power cut, not only a process kill.
/// </summary>
public sealed class Database
{
    private readonly string _connectionString;

    /// <summary>Creates the database (and schema) when missing.</summary>
    /// <param name="path">The database file.</param>
    public Database(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        Path = System.IO.Path.GetFullPath(path);
        var directory = System.IO.Path.GetDirectoryName(Path);
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }

        _connectionString = new SqliteConnectionStringBuilder { DataSource = Path, Mode = SqliteOpenMode.ReadWriteCreate, Pooling = true, DefaultTimeout = 10 }.ToString();
        using var connection = Open();
        Execute(connection, "PRAGMA journal_mode=WAL;");
        Execute(connection, Schema);
    }

    /// <summary>Gets the full path of the database file.</summary>
    public string Path { get; }

    /// <summary>Opens a connection with the service's pragmas.</summary>
    /// <returns>The open connection.</returns>
    public SqliteConnection Open()
    {
        var connection = new SqliteConnection(_connectionString);
        connection.Open();
        Execute(connection, "PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON; PRAGMA busy_timeout=10000;");
        return connection;
    }

    /// <summary>Runs SQL without results.</summary>
    /// <param name="connection">The connection.</param>
    /// <param name="sql">The SQL.</param>
    /// <param name="transaction">The transaction, if any.</param>
    /// <param name="parameters">Named parameters.</param>
    /// <returns>Rows changed.</returns>
    public static int Execute(SqliteConnection connection, string sql, SqliteTransaction? transaction = null, params (string Name, object? Value)[] parameters)
    {
        using var command = Command(connection, sql, transaction, parameters);
        return command.ExecuteNonQuery();
    }

    /// <summary>Creates a command with parameters (null becomes DBNull).</summary>
    /// <param name="connection">The connection.</param>
    /// <param name="sql">The SQL.</param>
    /// <param name="transaction">The transaction, if any.</param>
    /// <param name="parameters">Named parameters.</param>
    /// <returns>The command.</returns>
    public static SqliteCommand Command(SqliteConnection connection, string sql, SqliteTransaction? transaction = null, params (string Name, object? Value)[] parameters)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var command = connection.CreateCommand();
#pragma warning disable CA2100 // SQL text is constant; values go through parameters.
        command.CommandText = sql;
#pragma warning restore CA2100
        command.Transaction = transaction;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        return command;
    }

    private const string Schema = """
        CREATE TABLE IF NOT EXISTS groups(
            id TEXT PRIMARY KEY, name TEXT NOT NULL, facilitation_model TEXT NOT NULL, acuity TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS members(
            id TEXT PRIMARY KEY, group_id TEXT NOT NULL REFERENCES groups(id), joined_on TEXT NOT NULL, left_on TEXT);
        CREATE TABLE IF NOT EXISTS sessions(
            id TEXT PRIMARY KEY, group_id TEXT NOT NULL REFERENCES groups(id), date TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS attendance(
            session_id TEXT NOT NULL REFERENCES sessions(id), member_id TEXT NOT NULL REFERENCES members(id),
            status TEXT NOT NULL, PRIMARY KEY(session_id, member_id));
        CREATE TABLE IF NOT EXISTS assessments(
            seq INTEGER PRIMARY KEY AUTOINCREMENT, member_id TEXT NOT NULL REFERENCES members(id), instrument TEXT NOT NULL,
            date TEXT NOT NULL, items TEXT NOT NULL, total INTEGER);
        CREATE TABLE IF NOT EXISTS incidents(
            id TEXT PRIMARY KEY, session_id TEXT NOT NULL REFERENCES sessions(id), member_id TEXT REFERENCES members(id),
            kind TEXT NOT NULL, severity TEXT);
        CREATE TABLE IF NOT EXISTS referrals(
            id TEXT PRIMARY KEY, member_id TEXT NOT NULL REFERENCES members(id), date TEXT NOT NULL, target TEXT NOT NULL,
            priority TEXT NOT NULL, status TEXT NOT NULL, rule_id TEXT, decision_log_id INTEGER);
        CREATE TABLE IF NOT EXISTS rule_sets(
            seq INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT NOT NULL, version TEXT NOT NULL, sha256 TEXT NOT NULL,
            json TEXT NOT NULL, uploaded_by TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS decision_log(
            log_id INTEGER PRIMARY KEY AUTOINCREMENT, decision_id TEXT NOT NULL, subject_kind TEXT NOT NULL,
            subject_id TEXT NOT NULL, group_id TEXT NOT NULL, as_of TEXT NOT NULL, rule_set_id TEXT NOT NULL,
            rule_set_version TEXT NOT NULL, rule_set_sha256 TEXT NOT NULL, needs_review INTEGER NOT NULL,
            record TEXT NOT NULL);
        CREATE INDEX IF NOT EXISTS ix_members_group ON members(group_id);
        CREATE INDEX IF NOT EXISTS ix_sessions_group ON sessions(group_id);
        CREATE INDEX IF NOT EXISTS ix_assessments_member ON assessments(member_id);
        CREATE INDEX IF NOT EXISTS ix_referrals_member ON referrals(member_id);
        """;
}
