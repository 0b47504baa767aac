using PeerSupport.Rules;
using PeerSupport.Rules.Facts;
using PeerSupport.Rules.Serialization;

namespace PeerSupport.Samples.ReferralService.Storage;

/// <summary>
/// Holds the engine and the rule sets it has run. An upload is validated against the running set (including its protected
/// rules) on a scratch engine, stored, and only then swapped in: a rule set that fails validation, or that cannot be stored,
/// never replaces the running one. Every rule set ever run stays in the database so logged decisions can be replayed.
/// </summary>
public sealed class RuleSetHost
{
    private readonly Database _database;
    private readonly ReferralEngineOptions _options;
    private readonly Lock _swap = new();
    private ReferralEngine _engine;

    /// <summary>Starts with the latest stored rule set, or stores and runs the default pack.</summary>
    /// <param name="database">The database.</param>
    /// <param name="options">Engine options.</param>
    public RuleSetHost(Database database, ReferralEngineOptions options)
    {
        _database = database;
        _options = options;
        using var connection = database.Open();
        using var command = Database.Command(connection, "SELECT json FROM rule_sets ORDER BY seq DESC LIMIT 1");
        if (command.ExecuteScalar() is string json)
        {
            var loaded = Compile(json) ?? throw new InvalidOperationException("The stored rule set no longer compiles; restore an earlier database.");
            _engine = new ReferralEngine(loaded, options);
        }
        else
        {
            _engine = new ReferralEngine(DefaultRulePack.RuleSet, options);
            Store(DefaultRulePack.Json, DefaultRulePack.RuleSet.Stamp, "default");
        }
    }

    /// <summary>Gets the engine in force.</summary>
    public ReferralEngine Engine => Volatile.Read(ref _engine);

    /// <summary>Gets the rule file text in force.</summary>
    public string CurrentJson
    {
        get
        {
            var sha = Engine.Current.Stamp.Sha256;
            return FindJson(sha) ?? RuleSetJson.Write(Engine.Current.Model);
        }
    }

    /// <summary>Validates, stores and swaps in a rule file.</summary>
    /// <param name="json">The rule file.</param>
    /// <param name="uploadedBy">The key holder's name.</param>
    /// <returns>The load result; on failure nothing changed.</returns>
    public RuleSetLoadResult Upload(string json, string uploadedBy)
    {
        lock (_swap)
        {
            var scratch = new ReferralEngine(Engine.Current, _options);
            var result = scratch.TryUpdate(json);
            if (result.RuleSet is { } compiled)
            {
                Store(json, compiled.Stamp, uploadedBy);
                Volatile.Write(ref _engine, new ReferralEngine(compiled, _options));
            }

            return result;
        }
    }

    /// <summary>Finds the compiled rule set with a stamp's hash (for replay).</summary>
    /// <param name="stamp">The stamp.</param>
    /// <returns>The compiled set, or null when it was never run here.</returns>
    public CompiledRuleSet? Find(RuleSetStamp stamp)
    {
        ArgumentNullException.ThrowIfNull(stamp);
        var current = Engine.Current;
        if (current.Stamp == stamp)
        {
            return current;
        }

        var json = FindJson(stamp.Sha256);
        var compiled = json is null ? null : Compile(json);
        return compiled?.Stamp == stamp ? compiled : null;
    }

    private CompiledRuleSet? Compile(string json) => RuleSetJson.Load(json, new RuleSetCompileOptions
    {
        Schema = _options.Schema ?? PeerSupportFacts.Schema,
        ProtectedRuleIds = DefaultRulePack.ProtectedRuleIds,
    }).RuleSet;

    private string? FindJson(string sha256)
    {
        using var connection = _database.Open();
        using var command = Database.Command(connection, "SELECT json FROM rule_sets WHERE sha256 = $h ORDER BY seq DESC LIMIT 1", null, ("$h", sha256));
        return command.ExecuteScalar() as string;
    }

    private void Store(string json, RuleSetStamp stamp, string uploadedBy)
    {
        using var connection = _database.Open();
        Database.Execute(
            connection,
            "INSERT INTO rule_sets(id, version, sha256, json, uploaded_by) VALUES ($id, $v, $h, $json, $by)",
            null,
            ("$id", stamp.Id),
            ("$v", stamp.Version),
            ("$h", stamp.Sha256),
            ("$json", json),
            ("$by", uploadedBy));
    }
}
