using System.Collections.Immutable;
using PeerSupport.Domain;

namespace PeerSupport.Datasets;

/// <summary>A member's progress through their group's programme: the modules covered at sessions they attended.</summary>
/// <param name="Programme">The programme.</param>
/// <param name="ModulesCovered">The module numbers covered at attended sessions, ascending, no duplicates.</param>
public sealed record ProgrammeProgress(Programme Programme, ImmutableArray<int> ModulesCovered)
{
    /// <summary>Gets the share of modules covered, 0–1.</summary>
    public double Fraction => (double)ModulesCovered.Length / Programme.ModuleCount;

    /// <summary>Gets a value indicating whether every module was covered.</summary>
    public bool IsComplete => ModulesCovered.Length == Programme.ModuleCount;
}
