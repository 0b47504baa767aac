using System.Text.Json.Serialization;

namespace PeerSupport.Domain;

/// <summary>
/// A peer support group. Entities are compared by <see cref="Id"/>; instances are immutable and
/// methods such as <see cref="WithCapacity"/> return new instances.
/// </summary>
public sealed class PeerGroup : IEquatable<PeerGroup>
{
    /// <summary>The maximum length of a group name.</summary>
    public const int MaxNameLength = 200;

    /// <summary>Initializes a new group.</summary>
    /// <param name="id">The group's identifier.</param>
    /// <param name="name">A display name (1–200 characters); never a member's name.</param>
    /// <param name="facilitationModel">Who facilitates the group.</param>
    /// <param name="acuity">The acuity standard. The default value is <see cref="Acuity.Standard"/>.</param>
    /// <param name="modality">How the group meets, when known.</param>
    /// <param name="capacity">The maximum number of active members, when set; at least 1.</param>
    /// <param name="programmeId">The structured programme the group follows, if any.</param>
    /// <param name="startedOn">The date of the group's start, when known.</param>
    /// <param name="focus">What the group is about (e.g. "depression", "recovery"), optional.</param>
    /// <exception cref="ArgumentException">Thrown when an argument breaks its rule; the message names it.</exception>
    [JsonConstructor]
    public PeerGroup(
        GroupId id,
        string name,
        FacilitationModel facilitationModel,
        Acuity acuity = Acuity.Standard,
        Modality? modality = null,
        int? capacity = null,
        ProgrammeId? programmeId = null,
        DateOnly? startedOn = null,
        string? focus = null)
    {
        Guard.NotDefault(id, "A group id", nameof(id));
        Name = Guard.Text(name, "A group name", MaxNameLength, nameof(name));
        Guard.Defined(facilitationModel, "The facilitation model", nameof(facilitationModel));
        Guard.Defined(acuity, "The acuity", nameof(acuity));
        if (modality is { } m)
        {
            Guard.Defined(m, "The modality", nameof(modality));
        }

        if (capacity is < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(capacity), capacity, $"A group capacity must be at least 1, was {capacity}.");
        }

        Id = id;
        FacilitationModel = facilitationModel;
        Acuity = acuity;
        Modality = modality;
        Capacity = capacity;
        ProgrammeId = programmeId;
        StartedOn = startedOn;
        Focus = Guard.OptionalText(focus, "A group focus", MaxNameLength, nameof(focus));
    }

    /// <summary>Gets the group's identifier.</summary>
    public GroupId Id { get; }

    /// <summary>Gets the display name.</summary>
    public string Name { get; }

    /// <summary>Gets who facilitates the group.</summary>
    public FacilitationModel FacilitationModel { get; }

    /// <summary>Gets the acuity standard.</summary>
    public Acuity Acuity { get; }

    /// <summary>Gets how the group meets, or <see langword="null"/> when not recorded.</summary>
    public Modality? Modality { get; }

    /// <summary>Gets the maximum number of active members, or <see langword="null"/> when not set.</summary>
    public int? Capacity { get; }

    /// <summary>Gets the structured programme the group follows, or <see langword="null"/>.</summary>
    public ProgrammeId? ProgrammeId { get; }

    /// <summary>Gets the start date, or <see langword="null"/> when not recorded.</summary>
    public DateOnly? StartedOn { get; }

    /// <summary>Gets what the group is about, or <see langword="null"/>.</summary>
    public string? Focus { get; }

    /// <summary>Returns a copy with another capacity.</summary>
    /// <param name="capacity">The new capacity (at least 1), or <see langword="null"/> for none.</param>
    /// <returns>The new group.</returns>
    public PeerGroup WithCapacity(int? capacity) => new(Id, Name, FacilitationModel, Acuity, Modality, capacity, ProgrammeId, StartedOn, Focus);

    /// <summary>Returns a copy with another facilitation model and acuity.</summary>
    /// <param name="facilitationModel">The facilitation model.</param>
    /// <param name="acuity">The acuity.</param>
    /// <returns>The new group.</returns>
    public PeerGroup WithFacilitation(FacilitationModel facilitationModel, Acuity acuity) => new(Id, Name, facilitationModel, acuity, Modality, Capacity, ProgrammeId, StartedOn, Focus);

    /// <inheritdoc/>
    public bool Equals(PeerGroup? other) => other is not null && Id == other.Id;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as PeerGroup);

    /// <inheritdoc/>
    public override int GetHashCode() => Id.GetHashCode();

    /// <summary>Returns the group id.</summary>
    public override string ToString() => Id.Value;
}
