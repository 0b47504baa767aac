using System.Globalization;

namespace PeerSupport.Instruments;

/// <summary>
/// A linear transform of the raw total reported beside it, such as the WHO-5 percentage score (raw × 4).
/// Immutable and thread-safe; compared by value.
/// </summary>
public sealed class ScoreTransform : IEquatable<ScoreTransform>
{
    /// <summary>Initializes a new transform.</summary>
    /// <param name="name">The name of the transformed score, for example <c>percentage</c>: 1 to 40 lower-case ASCII letters, digits or '-'.</param>
    /// <param name="multiplier">The factor applied to the raw total: finite and greater than 0.</param>
    /// <exception cref="ArgumentException">Thrown when <paramref name="name"/> breaks a rule.</exception>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when <paramref name="multiplier"/> is not finite or not positive.</exception>
    public ScoreTransform(string name, double multiplier)
    {
        Names.ThrowIf(Names.CheckKey(name), "A transform name", nameof(name));
        if (!double.IsFinite(multiplier) || multiplier <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(multiplier), multiplier, "A transform multiplier must be finite and greater than 0.");
        }

        Name = name;
        Multiplier = multiplier;
    }

    /// <summary>Gets the name of the transformed score.</summary>
    public string Name { get; }

    /// <summary>Gets the factor applied to the raw total.</summary>
    public double Multiplier { get; }

    /// <summary>Applies the transform to a raw total.</summary>
    /// <param name="total">The raw total.</param>
    /// <returns><paramref name="total"/> × <see cref="Multiplier"/>.</returns>
    public double Apply(int total) => total * Multiplier;

    /// <inheritdoc/>
    public bool Equals(ScoreTransform? other)
        => other is not null && string.Equals(Name, other.Name, StringComparison.Ordinal) && Multiplier.Equals(other.Multiplier);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as ScoreTransform);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(StringComparer.Ordinal.GetHashCode(Name), Multiplier);

    /// <summary>Returns the transform as <c>percentage = raw × 4</c> (invariant culture).</summary>
    /// <returns>The transform text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Name} = raw × {Multiplier}");
}
