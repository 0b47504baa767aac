using System.Text.Json.Serialization;

namespace PeerSupport.Domain;

/// <summary>One module of a structured programme: its 1-based number and optional title and goal. Compared by value.</summary>
public sealed class ProgrammeModule : IEquatable<ProgrammeModule>
{
    /// <summary>Initializes a new module.</summary>
    /// <param name="number">The 1-based module number.</param>
    /// <param name="title">A title, optional.</param>
    /// <param name="goal">What members should take from the module, optional.</param>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when <paramref name="number"/> is below 1.</exception>
    [JsonConstructor]
    public ProgrammeModule(int number, string? title = null, string? goal = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(number, 1);
        Number = number;
        Title = Guard.OptionalText(title, "A module title", 200, nameof(title));
        Goal = Guard.OptionalText(goal, "A module goal", 500, nameof(goal));
    }

    /// <summary>Gets the 1-based module number.</summary>
    public int Number { get; }

    /// <summary>Gets the title, or <see langword="null"/>.</summary>
    public string? Title { get; }

    /// <summary>Gets the goal, or <see langword="null"/>.</summary>
    public string? Goal { get; }

    /// <inheritdoc/>
    public bool Equals(ProgrammeModule? other)
        => other is not null && Number == other.Number && string.Equals(Title, other.Title, StringComparison.Ordinal) && string.Equals(Goal, other.Goal, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as ProgrammeModule);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Number, Title, Goal);

    /// <summary>Returns "Module N" and the title.</summary>
    public override string ToString() => Title is null ? $"Module {Number}" : $"Module {Number}: {Title}";
}
