using PeerSupport.Analytics.Change;
using PeerSupport.Analytics.Simulation;
using PeerSupport.Datasets;
using PeerSupport.Domain;
using PeerSupport.Instruments;
using PeerSupport.Rules;

namespace PeerSupport.Analytics.GroupHealth;

/// <content>
/// The index's uncertainty: a percentile bootstrap over members. Each resample draws the group's members with
/// replacement and recomputes the member-based components (attendance, retention, net reliable improvement, referral
/// follow-through) with the same scored set and weights; the session-based components (equity, incident rate,
/// facilitation) keep their values. Seeded from the group id, so the same data give the same interval.
/// </content>
public sealed partial class GroupHealthAnalyzer
{
    private const int BootstrapResamples = 400;
    private const double IntervalLevel = 0.95;

    /// <summary>Collects what the member-based components need from each member, sorted by follow-up time.</summary>
    internal MemberSample[] CollectSamples(List<MemberHistory> members, DateOnly asOf)
    {
        var samples = new MemberSample[members.Count];
        for (var i = 0; i < members.Count; i++)
        {
            var history = members[i];
            var member = history.Member;
            int attended = 0, expected = 0;
            foreach (var entry in history.AttendanceAsOf(asOf))
            {
                if (entry.Status == AttendanceStatus.Excused)
                {
                    continue;
                }

                expected++;
                attended += entry.Attended ? 1 : 0;
            }

            RetentionObservation.TryObserve(member, asOf, out var retention);
            var category = -1;
            if (attended >= _options.MinimumSessionsForOutcome && FirstAndLast(history, InstrumentId.Phq9, asOf, out var first, out var last))
            {
                category = _jacobsonTruax.Classify(first, last).Category switch
                {
                    ReliableChangeCategory.Recovered or ReliableChangeCategory.Improved => 1,
                    ReliableChangeCategory.Deteriorated => -2,
                    _ => 0,
                };
            }

            int made = 0, followed = 0;
            foreach (var referral in history.Referrals)
            {
                if (referral.Date > asOf || referral.Status == ReferralStatus.Recommended)
                {
                    continue;
                }

                made++;
                followed += referral.Status is ReferralStatus.Accepted or ReferralStatus.Completed ? 1 : 0;
            }

            samples[i] = new MemberSample(attended, expected, retention.Days, retention.DroppedOut, category, made, followed);
        }

        Array.Sort(samples, (a, b) => a.Days.CompareTo(b.Days));
        return samples;
    }

    /// <summary>The 95 % percentile-bootstrap interval of a published index.</summary>
    internal ConfidenceInterval BootstrapInterval(IReadOnlyList<HealthIndexComponent> components, MemberSample[] samples, string key)
    {
        var scored = components.Where(c => c.Status == ComponentStatus.Scored).ToList();
        if (samples.Length < 2 || scored.Count == 0)
        {
            return ConfidenceInterval.Undefined("fewer than 2 members to resample", IntervalLevel);
        }

        var seed = 0L;
        foreach (var c in key)
        {
            seed = unchecked((seed * 31) + c);
        }

        var random = SimulationRandom.ForStream(seed, 0x9E3779B9UL);
        var weights = new int[samples.Length];
        var values = new double[BootstrapResamples];
        for (var b = 0; b < BootstrapResamples; b++)
        {
            Array.Clear(weights);
            for (var i = 0; i < samples.Length; i++)
            {
                weights[random.NextInt(samples.Length)]++;
            }

            var index = 0.0;
            foreach (var c in scored)
            {
                var value = Resampled(c, samples, weights);
                index += 100 * c.EffectiveWeight * (double.IsNaN(value) ? c.Score.Value : ScoreAgainstTarget(value, c.Target, c.LowerIsBetter));
            }

            values[b] = Math.Clamp(index, 0, 100);
        }

        Array.Sort(values);
        return ConfidenceInterval.Of(Quantile(values, 0.025), Quantile(values, 0.975), IntervalLevel);
    }

    private static double Quantile(double[] sorted, double p)
    {
        var h = (sorted.Length - 1) * p;
        var lo = (int)Math.Floor(h);
        var hi = Math.Min(lo + 1, sorted.Length - 1);
        return sorted[lo] + ((h - lo) * (sorted[hi] - sorted[lo]));
    }

    // NaN: the component keeps its own score in this resample (session-based, or nothing to measure in the resample).
    private double Resampled(HealthIndexComponent component, MemberSample[] samples, int[] weights)
    {
        switch (component.Kind)
        {
            case HealthComponentKind.Attendance:
                {
                    long attended = 0, expected = 0;
                    for (var i = 0; i < samples.Length; i++)
                    {
                        attended += (long)weights[i] * samples[i].Attended;
                        expected += (long)weights[i] * samples[i].Expected;
                    }

                    return expected > 0 ? (double)attended / expected : double.NaN;
                }

            case HealthComponentKind.Retention:
                {
                    // Kaplan–Meier with multiplicities, on members sorted by follow-up time: O(n) per resample.
                    var atRisk = weights.Sum();
                    var survival = 1.0;
                    var i = 0;
                    while (i < samples.Length && samples[i].Days <= _options.RetentionHorizonDays)
                    {
                        var day = samples[i].Days;
                        int events = 0, leaving = 0;
                        while (i < samples.Length && samples[i].Days == day)
                        {
                            events += samples[i].Dropped ? weights[i] : 0;
                            leaving += weights[i];
                            i++;
                        }

                        if (atRisk > 0 && events > 0)
                        {
                            survival *= 1 - ((double)events / atRisk);
                        }

                        atRisk -= leaving;
                    }

                    return survival;
                }

            case HealthComponentKind.Outcomes:
                {
                    long n = 0, net = 0;
                    for (var i = 0; i < samples.Length; i++)
                    {
                        if (samples[i].Category is var category and not -1)
                        {
                            n += weights[i];
                            net += weights[i] * (category == -2 ? -1 : category);
                        }
                    }

                    return n > 0 ? (double)net / n : double.NaN;
                }

            case HealthComponentKind.ReferralFollowThrough:
                {
                    long made = 0, followed = 0;
                    for (var i = 0; i < samples.Length; i++)
                    {
                        made += (long)weights[i] * samples[i].Made;
                        followed += (long)weights[i] * samples[i].Followed;
                    }

                    return made > 0 ? (double)followed / made : double.NaN;
                }

            default:
                return double.NaN;
        }
    }

    /// <summary>One member's contribution to the member-based components. Category: 1 recovered or improved, 0 unchanged, −2 deteriorated, −1 no outcome.</summary>
    internal readonly record struct MemberSample(int Attended, int Expected, int Days, bool Dropped, int Category, int Made, int Followed);
}
