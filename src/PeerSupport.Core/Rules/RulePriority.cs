namespace PeerSupport.Rules;

/// <summary>
/// Priority of a recommendation, ordered routine &lt; urgent &lt; asap &lt; stat (FHIR RequestPriority codes).
/// JSON: <c>routine</c>, <c>urgent</c>, <c>asap</c>, <c>stat</c>. A <see cref="Stat"/> recommendation is never suppressed by a cooldown.
/// </summary>
public enum RulePriority
{
    /// <summary>Routine (the lowest).</summary>
    Routine = 0,

    /// <summary>Urgent.</summary>
    Urgent = 1,

    /// <summary>As soon as possible.</summary>
    Asap = 2,

    /// <summary>Immediately (the highest; never suppressed).</summary>
    Stat = 3,
}
