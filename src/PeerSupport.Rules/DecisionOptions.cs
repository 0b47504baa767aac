namespace PeerSupport.Rules;

/// <summary>Options of one evaluation.</summary>
[Flags]
public enum DecisionOptions
{
    /// <summary>Hot path: no explanation, no recorded inputs.</summary>
    None = 0,

    /// <summary>Attach an explanation of every rule evaluated (uses the reference interpreter; allocates).</summary>
    Explain = 1,

    /// <summary>Record every fact read so the decision can be logged and replayed (<see cref="DecisionLogRecord"/>).</summary>
    RecordInputs = 2,

    /// <summary>Evaluate protected rules only (members who left within the cooldown).</summary>
    ProtectedRulesOnly = 4,
}
