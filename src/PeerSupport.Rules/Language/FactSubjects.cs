namespace PeerSupport.Rules.Language;

/// <summary>The subjects a fact is defined for.</summary>
[Flags]
public enum FactSubjects
{
    /// <summary>No subject (invalid for a definition).</summary>
    None = 0,

    /// <summary>Member rules.</summary>
    Member = 1,

    /// <summary>Group rules.</summary>
    Group = 2,

    /// <summary>Member and group rules.</summary>
    Both = Member | Group,
}
