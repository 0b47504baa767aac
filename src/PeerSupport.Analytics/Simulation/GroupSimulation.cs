using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.InteropServices;
using PeerSupport.Domain;
using PeerSupport.Instruments;
using PeerSupport.Rules;

namespace PeerSupport.Analytics.Simulation;

/// <summary>
/// Simulates one group week by week from its own random stream, so groups are independent of each other (and
/// may run in parallel) and the records of group <c>i</c> do not change when more groups are simulated.
/// </summary>
internal sealed class GroupSimulation
{
    private const int ClinicianSlot = 0;
    private const int CrisisSlot = 1;
    private const int OutreachSlot = 2;

    // A referral made this close to the end of the data is still in progress (recommended, made or accepted).
    private const int RecentReferralDays = 14;

    private static readonly string[] s_focuses = ["depression", "anxiety", "general wellbeing", "bereavement", "recovery"];

    private readonly SimulationOptions _options;
    private readonly SimulatedReferralRules _rules = SimulatedReferralRules.Default;
    private readonly SimulationRandom _random;
    private readonly Programme[] _programmes;
    private readonly DateOnly _dataEnd;
    private readonly List<SimulatedMember> _people = [];
    private readonly List<SimulatedMember> _present = [];
    private int _incidentCount;
    private int _referralCount;
    private bool _peerLed;
    private bool _elevated;
    private double _groupSlope;
    private double _groupEffect;
    private double _weeklyChange;

    public GroupSimulation(SimulationOptions options, int index, string groupId, Programme[] programmes, DateOnly dataEnd)
    {
        _options = options;
        _random = SimulationRandom.ForStream(options.Seed, (ulong)index);
        _programmes = programmes;
        _dataEnd = dataEnd;
        Id = GroupId.Create(groupId);
        Name = "Peer group " + groupId[1..];
    }

    public GroupId Id { get; }

    public string Name { get; }

    public PeerGroup? Group { get; private set; }

    public List<Facilitator> Facilitators { get; } = [];

    public List<Member> Members { get; } = [];

    public List<GroupSession> Sessions { get; } = [];

    public List<AttendanceRecord> Attendance { get; } = [];

    public List<Assessment> Assessments { get; } = [];

    public List<Incident> Incidents { get; } = [];

    public List<Referral> Referrals { get; } = [];

    public List<GoalRating> Goals { get; } = [];

    public void Run()
    {
        var o = _options;
        var model = (FacilitationModel)_random.Choose([o.PeerLedWeight, o.CoFacilitatedWeight, o.ProfessionalLedWeight]);
        var acuity = _random.Bernoulli(o.ElevatedAcuityShare) ? Acuity.Elevated : Acuity.Standard;
        var modality = (Modality)_random.Choose([0.5, 0.3, 0.2]);
        var programme = _random.Bernoulli(o.ProgrammeShare) ? _programmes[_random.NextInt(_programmes.Length)] : null;
        // The draw stays (so every later draw, and the pinned fingerprint, is unchanged) but the focus is not
        // stored: the CSV dataset format (version 1) has no column for it, and simulated data must round-trip.
        _ = s_focuses[_random.NextInt(s_focuses.Length)];
        var start = o.StartDate.AddDays(_random.NextInt(7));
        _peerLed = model == FacilitationModel.PeerLed;
        _elevated = acuity == Acuity.Elevated;
        _groupEffect = _random.Normal(0, o.BaselinePhq9StandardDeviation * Math.Sqrt(o.Phq9Icc));
        _groupSlope = _random.Normal(0, 0.05);
        _weeklyChange = model switch
        {
            FacilitationModel.PeerLed => o.WeeklyChangePeerLed,
            FacilitationModel.CoFacilitated => o.WeeklyChangeCoFacilitated,
            _ => o.WeeklyChangeProfessionalLed,
        };
        Group = new PeerGroup(Id, Name, model, acuity, modality, o.InitialMembersPerGroup + 4, programme?.Id, start);
        CreateFacilitators(model, start);

        for (var week = 0; week < o.Weeks; week++)
        {
            var date = start.AddDays(7 * week);
            var joining = week == 0 ? o.InitialMembersPerGroup : _random.Poisson(o.JoinsPerGroupPerWeek);
            for (var j = 0; j < joining; j++)
            {
                _people.Add(NewMember(week, date, programme is not null));
            }

            var session = NewSession(week, date, programme);
            Sessions.Add(session);
            TakeAttendance(session);
            foreach (var person in _people)
            {
                if (person.Active)
                {
                    Assess(person, week - person.JoinWeek, date);
                }
            }

            RecordIncidents(session);
            foreach (var person in _people)
            {
                if (person.Active)
                {
                    DecideLeaving(person, week - person.JoinWeek, date);
                }
            }
        }

        foreach (var person in _people)
        {
            Members.Add(person.ToMember(Id));
        }
    }

    private void CreateFacilitators(FacilitationModel model, DateOnly start)
    {
        if (model != FacilitationModel.ProfessionalLed)
        {
            AddFacilitator(_random.Bernoulli(0.6) ? FacilitatorRole.PeerFacilitator : FacilitatorRole.CertifiedPeerSpecialist, start);
        }

        if (model != FacilitationModel.PeerLed)
        {
            AddFacilitator(FacilitatorRole.LicensedClinician, start);
        }

        if (model == FacilitationModel.PeerLed && _random.Bernoulli(0.5))
        {
            AddFacilitator(FacilitatorRole.PeerFacilitator, start);
        }

        if (model == FacilitationModel.ProfessionalLed && _random.Bernoulli(0.3))
        {
            AddFacilitator(FacilitatorRole.Supervisor, start);
        }
    }

    private void AddFacilitator(FacilitatorRole role, DateOnly start)
    {
        var id = FacilitatorId.Create(Invariant($"{Id.Value}-F{Facilitators.Count + 1}"));
        var isPeer = role is FacilitatorRole.PeerFacilitator or FacilitatorRole.CertifiedPeerSpecialist;
        Credential? credential = null;
        if (!(isPeer && _random.Bernoulli(_options.UncredentialedPeerShare)))
        {
            var expires = _random.Bernoulli(_options.CredentialLapseShare)
                ? start.AddDays(_random.NextInt(7 * _options.Weeks))
                : _dataEnd.AddDays(14 + _random.NextInt(720));
            var name = role switch
            {
                FacilitatorRole.PeerFacilitator => "Peer group facilitator training",
                FacilitatorRole.CertifiedPeerSpecialist => "Peer specialist certification",
                FacilitatorRole.LicensedClinician => "Clinical licence",
                _ => "Clinical supervision certificate",
            };
            credential = new Credential(name, role, expires);
        }

        Facilitators.Add(new Facilitator(id, role, credential));
    }

    private SimulatedMember NewMember(int week, DateOnly date, bool setsGoals)
    {
        var o = _options;
        var id = MemberId.Create(Invariant($"{Id.Value}-M{_people.Count + 1:D3}"));
        var person = new SimulatedMember(id, week, date)
        {
            Consent = new Consent(_random.Bernoulli(o.ShareScoresConsentRate), _random.Bernoulli(o.ResearchConsentRate)),
            Propensity = DeterministicMath.Logistic(DeterministicMath.Logit(o.AttendanceProbability) + _random.Normal(0, o.AttendanceVariation)),
            Talkativeness = _random.LogNormal(o.SpeakingInequality),
        };
        var shift = _elevated ? o.ElevatedAcuityBaselineShift : 0;
        person.Baseline = o.BaselinePhq9Mean + shift + _groupEffect + _random.Normal(0, o.BaselinePhq9StandardDeviation * Math.Sqrt(1 - o.Phq9Icc));
        person.AnxietyBaseline = (0.75 * person.Baseline) + _random.Normal(0, 2.5);
        person.Deteriorates = _random.Bernoulli(o.DeteriorationShare);
        person.Slope = person.Deteriorates
            ? _random.Normal(o.DeteriorationPerWeek, 0.05)
            : _random.Normal(_weeklyChange + _groupSlope, 0.08);
        if (setsGoals)
        {
            person.GoalWeights = new int[1 + _random.NextInt(3)];
            for (var g = 0; g < person.GoalWeights.Length; g++)
            {
                person.GoalWeights[g] = 1 + _random.NextInt(3);
            }
        }

        return person;
    }

    private GroupSession NewSession(int week, DateOnly date, Programme? programme)
    {
        var present = ImmutableArray.CreateBuilder<FacilitatorId>(Facilitators.Count);
        foreach (var facilitator in Facilitators)
        {
            if (!_random.Bernoulli(_options.FacilitatorAbsenceRate))
            {
                present.Add(facilitator.Id);
            }
        }

        if (present.Count == 0)
        {
            present.Add(Facilitators[0].Id);
        }

        int? module = programme is null ? null : (week % programme.ModuleCount) + 1;
        return new GroupSession(SessionId.Create(Invariant($"{Id.Value}-S{week + 1:D3}")), Id, date, present.ToImmutable(), module);
    }

    private void TakeAttendance(GroupSession session)
    {
        var o = _options;
        _present.Clear();
        var totalWeight = 0.0;
        foreach (var person in _people)
        {
            if (!person.Active)
            {
                continue;
            }

            if (_random.Bernoulli(person.Propensity))
            {
                person.Status = _random.Bernoulli(o.LateShare) ? AttendanceStatus.Late : AttendanceStatus.Present;
                person.SpeakingWeight = person.Talkativeness * _random.LogNormal(0.3) * (person.Status == AttendanceStatus.Late ? 0.6 : 1);
                totalWeight += person.SpeakingWeight;
                person.ConsecutiveAbsences = 0;
                _present.Add(person);
            }
            else if (_random.Bernoulli(o.ExcusedShare))
            {
                person.Status = AttendanceStatus.Excused;
            }
            else
            {
                person.Status = AttendanceStatus.Absent;
                person.ConsecutiveAbsences++;
            }
        }

        foreach (var person in _people)
        {
            if (!person.Active)
            {
                continue;
            }

            double? minutes = null;
            int? turns = null;
            if (o.RecordSpeaking)
            {
                if (person.Status is AttendanceStatus.Present or AttendanceStatus.Late)
                {
                    var m = Math.Round(o.TalkMinutesPerSession * person.SpeakingWeight / totalWeight * 10) / 10;
                    minutes = m;
                    turns = m > 0 ? _random.Poisson(0.5 + (m / 2)) : 0;
                }
                else
                {
                    minutes = 0;
                    turns = 0;
                }
            }

            Attendance.Add(new AttendanceRecord(session.Id, person.Id, person.Status, minutes, turns));
            if (person.Status == AttendanceStatus.Absent && person.ConsecutiveAbsences == _rules.ConsecutiveAbsences)
            {
                Refer(person, session.Date, OutreachSlot, ReferralTarget.PeerOutreach, RulePriority.Routine, "missed-three");
            }
        }
    }

    private void Assess(SimulatedMember person, int weeksIn, DateOnly date)
    {
        var o = _options;
        var attended = person.Status is AttendanceStatus.Present or AttendanceStatus.Late;
        var phqDue = Due(weeksIn, o.Phq9Gad7IntervalWeeks, attended);
        var who5Due = Due(weeksIn, o.Who5IntervalWeeks, attended);
        var k10Due = Due(weeksIn, o.K10IntervalWeeks, attended);
        if (!phqDue && !who5Due && !k10Due)
        {
            return;
        }

        var noise = weeksIn == 0 ? 0 : _random.Normal(0, o.MeasurementStandardDeviation);
        var level = person.Baseline + (person.Slope * weeksIn) + noise;
        if (phqDue)
        {
            var phq9 = Clamp(level, 0, 27);
            var item9 = RecordAssessment(person, InstrumentId.Phq9, date, phq9, 9, 0, 3, maxProrated: 1, flagItem: 9);
            person.BaselinePhq9 ??= phq9;
            if (item9 >= _rules.Phq9Item9)
            {
                Refer(person, date, ClinicianSlot, ReferralTarget.LicensedClinician, RulePriority.Stat, "phq9-item9");
            }

            if (phq9 >= _rules.Phq9Severe)
            {
                Refer(person, date, ClinicianSlot, ReferralTarget.LicensedClinician, RulePriority.Urgent, "phq9-severe");
            }

            if (phq9 - person.BaselinePhq9 >= _rules.Phq9Deterioration)
            {
                Refer(person, date, ClinicianSlot, ReferralTarget.LicensedClinician, RulePriority.Urgent, "reliable-deterioration");
            }

            var anxietyNoise = weeksIn == 0 ? 0 : _random.Normal(0, 0.75 * o.MeasurementStandardDeviation);
            var gad7 = Clamp(person.AnxietyBaseline + (0.75 * person.Slope * weeksIn) + anxietyNoise, 0, 21);
            RecordAssessment(person, InstrumentId.Gad7, date, gad7, 7, 0, 3, maxProrated: 1, flagItem: 0);
            if (gad7 >= _rules.Gad7Severe)
            {
                Refer(person, date, ClinicianSlot, ReferralTarget.LicensedClinician, RulePriority.Urgent, "gad7-severe");
            }
        }

        if (who5Due)
        {
            var who5 = Clamp(21 - (0.6 * level) + _random.Normal(0, 2.5), 0, 25);
            RecordAssessment(person, InstrumentId.Who5, date, who5, 5, 0, 5, maxProrated: 0, flagItem: 0);
        }

        if (k10Due)
        {
            var k10 = Clamp(13 + (1.1 * level) + _random.Normal(0, 3), 10, 50);
            RecordAssessment(person, InstrumentId.K10, date, k10, 10, 1, 5, maxProrated: 2, flagItem: 0);
            if (k10 >= _rules.K10VeryHigh)
            {
                Refer(person, date, ClinicianSlot, ReferralTarget.LicensedClinician, RulePriority.Urgent, "k10-very-high");
            }
        }
    }

    private bool Due(int weeksIn, int interval, bool attended)
    {
        if (weeksIn == 0)
        {
            return true;
        }

        if (interval == 0 || weeksIn % interval != 0)
        {
            return false;
        }

        var completion = _options.FollowUpCompletionRate * (attended ? 1 : 1.0 / 3);
        return _random.Bernoulli(completion);
    }

    /// <summary>Records one assessment with the given total, deciding how it is recorded (items, items with gaps, total only).</summary>
    /// <returns>The answer to the flag item when it was recorded, else −1.</returns>
    private int RecordAssessment(SimulatedMember person, InstrumentId instrument, DateOnly date, int total, int itemCount, int itemMin, int itemMax, int maxProrated, int flagItem)
    {
        var o = _options;
        var draw = _random.NextDouble();
        if (draw < o.TotalOnlyRate)
        {
            Assessments.Add(new Assessment(person.Id, instrument, date, default, total));
            return -1;
        }

        Span<int> answers = stackalloc int[itemCount];
        var fixedFlag = -1;
        if (flagItem > 0)
        {
            // Item 9 is positive with a probability that grows with the total; the other items carry the rest.
            var flag = 0;
            if (total > 0 && _random.Bernoulli(Math.Min(0.9, o.Item9PositiveRate * total / 10.0)))
            {
                flag = Math.Min(total, (int)_random.Choose([0, 0.7, 0.2, 0.1]));
            }

            flag = Math.Max(flag, total - ((itemCount - 1) * itemMax));
            answers[flagItem - 1] = flag;
            fixedFlag = flagItem - 1;
        }

        ItemAnswers.Distribute(_random, total - (fixedFlag >= 0 ? answers[fixedFlag] : 0), itemMin, itemMax, answers, fixedFlag);
        var items = new int?[itemCount];
        for (var i = 0; i < itemCount; i++)
        {
            items[i] = answers[i];
        }

        int? recordedTotal = total;
        draw -= o.TotalOnlyRate;
        if (draw < o.MissingItemRate)
        {
            items[_random.NextInt(itemCount)] = null;
            recordedTotal = null;
        }
        else if (draw < o.MissingItemRate + o.MissingBeyondLimitRate)
        {
            var missing = Math.Min(itemCount - 1, maxProrated + 1);
            for (var removed = 0; removed < missing;)
            {
                var i = _random.NextInt(itemCount);
                if (items[i] is not null)
                {
                    items[i] = null;
                    removed++;
                }
            }

            recordedTotal = null;
        }

        Assessments.Add(new Assessment(person.Id, instrument, date, ImmutableCollectionsMarshal.AsImmutableArray(items), recordedTotal));
        return fixedFlag >= 0 && items[fixedFlag] is { } answer ? answer : -1;
    }

    private void RecordIncidents(GroupSession session)
    {
        var o = _options;
        if (_present.Count == 0)
        {
            return;
        }

        var harmful = _random.Poisson(o.HarmfulIncidentRate * (_peerLed ? o.PeerLedHarmMultiplier : 1));
        for (var i = 0; i < harmful; i++)
        {
            var kind = _random.Bernoulli(0.6) ? IncidentKind.HarmfulAdvice : IncidentKind.BoundaryViolation;
            AddIncident(session, kind, (IncidentSeverity)_random.Choose([0.5, 0.35, 0.15]));
        }

        var conflicts = _random.Poisson(o.ConflictRate);
        for (var i = 0; i < conflicts; i++)
        {
            AddIncident(session, IncidentKind.Conflict, (IncidentSeverity)_random.Choose([0.6, 0.3, 0.1]));
        }

        var crises = _random.Poisson(o.CrisisDisclosureRate);
        for (var i = 0; i < crises; i++)
        {
            var person = AddIncident(session, IncidentKind.CrisisDisclosure, (IncidentSeverity)_random.Choose([0, 0.4, 0.6]));
            if (person is not null)
            {
                Refer(person, session.Date, CrisisSlot, ReferralTarget.CrisisService, RulePriority.Stat, "crisis-disclosure");
            }
        }
    }

    private SimulatedMember? AddIncident(GroupSession session, IncidentKind kind, IncidentSeverity severity)
    {
        var person = _random.Bernoulli(_options.UnattributedIncidentShare) ? null : _present[_random.NextInt(_present.Count)];
        var id = IncidentId.Create(Invariant($"{Id.Value}-I{++_incidentCount:D3}"));
        Incidents.Add(new Incident(id, session.Id, kind, person?.Id, severity));
        return person;
    }

    private void Refer(SimulatedMember person, DateOnly date, int slot, ReferralTarget target, RulePriority priority, string ruleId)
    {
        if (person.LastReferral[slot] is { } last && date.DayNumber - last.DayNumber <= _rules.CooldownDays)
        {
            return;
        }

        if (!_random.Bernoulli(_options.ReferralRecordRate))
        {
            return;
        }

        person.LastReferral[slot] = date;
        var age = _dataEnd.DayNumber - date.DayNumber;
        var status = age <= RecentReferralDays
            ? (ReferralStatus)_random.Choose([0.4, 0.4, 0.2])
            : (ReferralStatus)_random.Choose([0.05, 0.1, 0.15, 0.4, 0.15, 0.15]);
        var id = ReferralId.Create(Invariant($"{Id.Value}-R{++_referralCount:D3}"));
        Referrals.Add(new Referral(id, person.Id, date, target, priority, status, ruleId));
        if (slot != OutreachSlot && status is ReferralStatus.Accepted or ReferralStatus.Completed && _random.Bernoulli(_options.ReferredOnShare))
        {
            person.PendingReferredOn = true;
        }
    }

    private void DecideLeaving(SimulatedMember person, int weeksIn, DateOnly date)
    {
        var o = _options;
        var completing = weeksIn + 1 >= o.MembershipWeeks;
        if (person.GoalWeights.Length > 0 && weeksIn > 0 && (completing || weeksIn % 8 == 0))
        {
            RateGoals(person, weeksIn, date);
        }

        if (completing)
        {
            Leave(person, date, LeavingReason.Completed);
            return;
        }

        if (person.PendingReferredOn)
        {
            Leave(person, date.AddDays(1 + _random.NextInt(6)), LeavingReason.ReferredOn);
            return;
        }

        var hazard = o.DropoutHazardPerWeek
            * (weeksIn < 3 ? 1.5 : 1)
            * (_peerLed ? o.PeerLedDropoutMultiplier : 1)
            * (_elevated ? o.ElevatedAcuityDropoutMultiplier : 1)
            * (person.BaselinePhq9 >= 15 ? 1.3 : 1)
            * (person.Deteriorates ? 1.5 : 1)
            * (0.5 + (2 * (1 - person.Propensity)));
        if (_random.Bernoulli(Math.Min(1, hazard)))
        {
            Leave(person, date.AddDays(1 + _random.NextInt(6)), LeavingReason.DroppedOut);
        }
        else if (_random.Bernoulli(o.TransferHazardPerWeek))
        {
            Leave(person, date.AddDays(1 + _random.NextInt(6)), LeavingReason.Transferred);
        }
    }

    private void RateGoals(SimulatedMember person, int weeksIn, DateOnly date)
    {
        var progress = Math.Min(1.0, (weeksIn + 1.0) / _options.MembershipWeeks);
        var mean = -1 + (2.5 * progress * (person.Deteriorates ? 0.2 : 1));
        for (var g = 0; g < person.GoalWeights.Length; g++)
        {
            var attainment = (int)Math.Clamp(Math.Round(_random.Normal(mean, 0.9)), -2, 2);
            Goals.Add(new GoalRating(person.Id, GoalId.Create(Invariant($"goal-{g + 1}")), attainment, date, person.GoalWeights[g]));
        }
    }

    private static void Leave(SimulatedMember person, DateOnly on, LeavingReason reason)
    {
        person.LeftOn = on;
        person.LeavingReason = reason;
    }

    private static int Clamp(double value, int min, int max) => (int)Math.Clamp(Math.Round(value), min, max);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
