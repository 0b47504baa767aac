using System.Collections.Immutable;
using System.Text.Json.Serialization;

namespace PeerSupport.Domain;

/// <summary>
/// A structured programme: a curriculum of numbered modules that a group works through. Members of a
/// group that follows a programme are enrolled in it; their progress is the share of modules covered
/// at sessions they attended. Compared by <see cref="Id"/>.
/// </summary>
public sealed class Programme : IEquatable<Programme>
{
    /// <summary>The maximum number of modules.</summary>
    public const int MaxModules = 200;

    /// <summary>Initializes a new programme.</summary>
    /// <param name="id">The identifier.</param>
    /// <param name="name">The name, 1–200 characters.</param>
    /// <param name="modules">The modules, numbered 1..N in order; 1 to 200 of them.</param>
    /// <exception cref="ArgumentException">Thrown when the modules are empty, too many or not numbered 1..N.</exception>
    [JsonConstructor]
    public Programme(ProgrammeId id, string name, ImmutableArray<ProgrammeModule> modules)
    {
        Guard.NotDefault(id, "A programme id", nameof(id));
        Name = Guard.Text(name, "A programme name", 200, nameof(name));
        if (modules.IsDefaultOrEmpty || modules.Length > MaxModules)
        {
            throw new ArgumentException($"Programme {id} must have 1 to {MaxModules} modules, had {(modules.IsDefault ? 0 : modules.Length)}.", nameof(modules));
        }

        for (var i = 0; i < modules.Length; i++)
        {
            if (modules[i] is null || modules[i].Number != i + 1)
            {
                throw new ArgumentException($"Programme {id}: modules must be numbered 1..{modules.Length} in order; position {i + 1} holds {modules[i]?.Number.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "nothing"}.", nameof(modules));
            }
        }

        Id = id;
        Modules = modules;
    }

    /// <summary>Gets the identifier.</summary>
    public ProgrammeId Id { get; }

    /// <summary>Gets the name.</summary>
    public string Name { get; }

    /// <summary>Gets the modules, numbered 1..N.</summary>
    public ImmutableArray<ProgrammeModule> Modules { get; }

    /// <summary>Gets the number of modules.</summary>
    [JsonIgnore]
    public int ModuleCount => Modules.Length;

    /// <summary>Creates a programme of <paramref name="moduleCount"/> untitled modules (the CSV format records only the count).</summary>
    /// <param name="id">The identifier.</param>
    /// <param name="name">The name.</param>
    /// <param name="moduleCount">The number of modules, 1 to 200.</param>
    /// <returns>The programme.</returns>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when <paramref name="moduleCount"/> is out of range.</exception>
    public static Programme WithModuleCount(ProgrammeId id, string name, int moduleCount)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(moduleCount, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(moduleCount, MaxModules);
        return new Programme(id, name, [.. Enumerable.Range(1, moduleCount).Select(n => new ProgrammeModule(n))]);
    }

    /// <inheritdoc/>
    public bool Equals(Programme? other) => other is not null && Id == other.Id;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Programme);

    /// <inheritdoc/>
    public override int GetHashCode() => Id.GetHashCode();

    /// <summary>Returns the programme id.</summary>
    public override string ToString() => Id.Value;
}
