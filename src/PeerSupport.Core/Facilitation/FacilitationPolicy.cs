using PeerSupport.Datasets;
using PeerSupport.Domain;

namespace PeerSupport.Facilitation;

/// <summary>
/// Checks how groups were facilitated against what they need (docs/domain.md, facilitation policy) and
/// reports <em>every</em> gap: sessions without a facilitator, without a trained facilitator, an
/// elevated-acuity or professional-led session without a licensed clinician, incomplete
/// co-facilitation, expired or soon-expiring credentials, over-capacity sessions and too many members
/// per facilitator.
/// </summary>
/// <remarks>Immutable and thread-safe; the options are copied when the policy is created.</remarks>
public sealed class FacilitationPolicy
{
    private readonly bool _requireTrained;
    private readonly bool _elevatedNeedsClinician;
    private readonly bool _professionalNeedsClinician;
    private readonly bool _coFacilitationNeedsBoth;
    private readonly bool _reportExpired;
    private readonly int _expiryWarningDays;
    private readonly bool _enforceCapacity;
    private readonly int? _maxMembersPerFacilitator;

    /// <summary>Initializes a new policy.</summary>
    /// <param name="options">The requirements. The default value is <see cref="FacilitationPolicyOptions"/> with its defaults.</param>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when an option is out of its documented range.</exception>
    public FacilitationPolicy(FacilitationPolicyOptions? options = null)
    {
        options ??= new FacilitationPolicyOptions();
        ArgumentOutOfRangeException.ThrowIfNegative(options.CredentialExpiryWarningDays);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(options.CredentialExpiryWarningDays, 3650);
        if (options.MaxMembersPerFacilitator is < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.MaxMembersPerFacilitator, "MaxMembersPerFacilitator must be at least 1.");
        }

        _requireTrained = options.RequireTrainedFacilitator;
        _elevatedNeedsClinician = options.ElevatedAcuityRequiresLicensedClinician;
        _professionalNeedsClinician = options.ProfessionalLedRequiresLicensedClinician;
        _coFacilitationNeedsBoth = options.CoFacilitationRequiresPeerAndClinician;
        _reportExpired = options.ReportExpiredCredentials;
        _expiryWarningDays = options.CredentialExpiryWarningDays;
        _enforceCapacity = options.EnforceCapacity;
        _maxMembersPerFacilitator = options.MaxMembersPerFacilitator;
    }

    /// <summary>Gets the policy with default requirements.</summary>
    public static FacilitationPolicy Default { get; } = new();

    /// <summary>Checks one session.</summary>
    /// <param name="group">The session's group.</param>
    /// <param name="session">The session.</param>
    /// <param name="facilitators">The facilitators listed for the session (each id in <see cref="GroupSession.FacilitatorIds"/>).</param>
    /// <param name="activeMembers">The number of members whose membership includes the session date.</param>
    /// <returns>Every gap of the session, in a stable order; empty when none.</returns>
    /// <exception cref="ArgumentException">Thrown when the session is not of the group or a listed facilitator is not given.</exception>
    public IReadOnlyList<FacilitationGap> CheckSession(PeerGroup group, GroupSession session, IReadOnlyList<Facilitator> facilitators, int activeMembers)
    {
        ArgumentNullException.ThrowIfNull(group);
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(facilitators);
        ArgumentOutOfRangeException.ThrowIfNegative(activeMembers);
        if (session.GroupId != group.Id)
        {
            throw new ArgumentException($"Session {session.Id} is of group {session.GroupId}, not {group.Id}.", nameof(session));
        }

        var present = new List<Facilitator>(session.FacilitatorIds.Length);
        foreach (var id in session.FacilitatorIds)
        {
            present.Add(facilitators.FirstOrDefault(f => f.Id == id)
                ?? throw new ArgumentException($"Facilitator {id} of session {session.Id} was not given.", nameof(facilitators)));
        }

        var gaps = new List<FacilitationGap>();
        var date = session.Date;
        void Gap(FacilitationGapKind kind, string message, FacilitatorId? facilitator = null)
            => gaps.Add(new FacilitationGap(kind, group.Id, session.Id, date, facilitator, message));

        if (present.Count == 0)
        {
            Gap(FacilitationGapKind.NoFacilitator, "No facilitator was recorded for the session.");
        }
        else if (_requireTrained && !present.Exists(f => f.IsTrainedOn(date)))
        {
            Gap(FacilitationGapKind.NoTrainedFacilitator, "No facilitator at the session held an in-date credential for their role.");
        }

        var hasClinician = present.Exists(f => f.IsLicensedClinicianOn(date));
        if (_elevatedNeedsClinician && group.Acuity == Acuity.Elevated && !hasClinician)
        {
            Gap(FacilitationGapKind.ElevatedAcuityWithoutLicensedClinician, "The group has elevated acuity but no licensed clinician with an in-date licence was at the session.");
        }

        if (_professionalNeedsClinician && group.FacilitationModel == FacilitationModel.ProfessionalLed && !hasClinician)
        {
            Gap(FacilitationGapKind.ProfessionalLedWithoutLicensedClinician, "The group is professional-led but no licensed clinician with an in-date licence was at the session.");
        }

        if (_coFacilitationNeedsBoth && group.FacilitationModel == FacilitationModel.CoFacilitated)
        {
            var hasPeer = present.Exists(f => f.Role is FacilitatorRole.PeerFacilitator or FacilitatorRole.CertifiedPeerSpecialist);
            if (!hasPeer || !hasClinician)
            {
                var missing = (hasPeer, hasClinician) switch
                {
                    (false, false) => "neither a peer nor a licensed clinician",
                    (false, true) => "no peer facilitator",
                    _ => "no licensed clinician with an in-date licence",
                };
                Gap(FacilitationGapKind.IncompleteCoFacilitation, $"The group is co-facilitated but the session had {missing}.");
            }
        }

        if (_reportExpired)
        {
            foreach (var facilitator in present)
            {
                if (facilitator.IsCredentialExpiredOn(date))
                {
                    Gap(FacilitationGapKind.ExpiredCredential, $"Facilitator {facilitator.Id} ({Domain.WireNames.Of(facilitator.Role)}) led the session with a credential that expired on {facilitator.Credential!.ExpiresOn:yyyy-MM-dd}.", facilitator.Id);
                }
            }
        }

        if (_enforceCapacity && group.Capacity is { } capacity && activeMembers > capacity)
        {
            Gap(FacilitationGapKind.OverCapacity, $"The group had {activeMembers} active members, over its capacity of {capacity}.");
        }

        if (_maxMembersPerFacilitator is { } max && present.Count > 0 && activeMembers > max * present.Count)
        {
            Gap(FacilitationGapKind.TooManyMembersPerFacilitator, $"{activeMembers} active members for {present.Count} facilitator(s) exceeds {max} per facilitator.");
        }

        return gaps;
    }

    /// <summary>Checks every session of a group dated from <paramref name="from"/> (inclusive; all when <see langword="null"/>) to <paramref name="asOf"/> (inclusive), and the group's soon-expiring credentials.</summary>
    /// <param name="group">The group's history from a dataset.</param>
    /// <param name="asOf">The as-of date.</param>
    /// <param name="from">The first session date to check, or <see langword="null"/> for all.</param>
    /// <returns>Every gap, ordered by date and session.</returns>
    public IReadOnlyList<FacilitationGap> CheckGroup(GroupHistory group, DateOnly asOf, DateOnly? from = null)
    {
        ArgumentNullException.ThrowIfNull(group);
        var gaps = new List<FacilitationGap>();
        foreach (var session in group.SessionsAsOf(asOf))
        {
            if (from is { } start && session.Date < start)
            {
                continue;
            }

            gaps.AddRange(CheckSession(group.Group, session, group.Facilitators, group.ActiveMemberCountOn(session.Date)));
        }

        if (_expiryWarningDays > 0)
        {
            // Clamped at the last representable day, so an as-of date at the end of the calendar cannot overflow.
            var horizon = asOf.DayNumber > DateOnly.MaxValue.DayNumber - _expiryWarningDays ? DateOnly.MaxValue : asOf.AddDays(_expiryWarningDays);
            foreach (var facilitator in group.Facilitators)
            {
                if (facilitator.Credential?.ExpiresOn is { } expires && expires >= asOf && expires <= horizon)
                {
                    gaps.Add(new FacilitationGap(
                        FacilitationGapKind.CredentialExpiringSoon,
                        group.Group.Id,
                        null,
                        asOf,
                        facilitator.Id,
                        $"Facilitator {facilitator.Id} ({Domain.WireNames.Of(facilitator.Role)}) has a credential that expires on {expires:yyyy-MM-dd}, within {_expiryWarningDays} days."));
                }
            }
        }

        return gaps;
    }

    /// <summary>Checks every group of a dataset.</summary>
    /// <param name="dataset">The dataset.</param>
    /// <param name="asOf">The as-of date.</param>
    /// <param name="from">The first session date to check, or <see langword="null"/> for all.</param>
    /// <returns>Every gap, grouped by group in dataset order.</returns>
    public IReadOnlyList<FacilitationGap> CheckDataset(PeerSupportDataset dataset, DateOnly asOf, DateOnly? from = null)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        return dataset.GroupHistories.SelectMany(g => CheckGroup(g, asOf, from)).ToArray();
    }
}
