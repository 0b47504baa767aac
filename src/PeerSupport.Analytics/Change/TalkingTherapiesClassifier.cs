namespace PeerSupport.Analytics.Change;

/// <summary>
/// Computes NHS Talking Therapies outcome flags (caseness, recovery, reliable improvement, reliable recovery, reliable
/// deterioration) from a member's first and last PHQ-9 and GAD-7 totals. The service rule that outcomes are counted
/// only for members with at least two sessions is the caller's to apply. Pure and thread-safe.
/// </summary>
public static class TalkingTherapiesClassifier
{
    /// <summary>Classifies one member.</summary>
    /// <param name="phq9First">First PHQ-9 total, 0–27.</param>
    /// <param name="gad7First">First GAD-7 total, 0–21.</param>
    /// <param name="phq9Last">Last PHQ-9 total, 0–27.</param>
    /// <param name="gad7Last">Last GAD-7 total, 0–21.</param>
    /// <param name="thresholds">The thresholds; <see langword="null"/> for the defaults.</param>
    /// <returns>The outcome flags.</returns>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when a score or threshold is outside its range.</exception>
    public static TalkingTherapiesOutcome Classify(int phq9First, int gad7First, int phq9Last, int gad7Last, TalkingTherapiesThresholds? thresholds = null)
    {
        CheckScore(phq9First, 27, "PHQ-9", nameof(phq9First));
        CheckScore(gad7First, 21, "GAD-7", nameof(gad7First));
        CheckScore(phq9Last, 27, "PHQ-9", nameof(phq9Last));
        CheckScore(gad7Last, 21, "GAD-7", nameof(gad7Last));
        thresholds ??= new TalkingTherapiesThresholds();
        thresholds.Validate();

        var caseAtStart = phq9First >= thresholds.Phq9Caseness || gad7First >= thresholds.Gad7Caseness;
        var caseAtEnd = phq9Last >= thresholds.Phq9Caseness || gad7Last >= thresholds.Gad7Caseness;
        int phq9Change = phq9Last - phq9First, gad7Change = gad7Last - gad7First;
        var anyBetter = -phq9Change >= thresholds.Phq9ReliableChange || -gad7Change >= thresholds.Gad7ReliableChange;
        var anyWorse = phq9Change >= thresholds.Phq9ReliableChange || gad7Change >= thresholds.Gad7ReliableChange;
        var recovered = caseAtStart && !caseAtEnd;
        var improved = anyBetter && !anyWorse;
        return new TalkingTherapiesOutcome
        {
            IsCaseAtStart = caseAtStart,
            IsCaseAtEnd = caseAtEnd,
            IsRecovered = recovered,
            IsReliablyImproved = improved,
            IsReliablyDeteriorated = anyWorse && !anyBetter,
            IsReliablyRecovered = recovered && improved,
            Phq9Change = phq9Change,
            Gad7Change = gad7Change,
        };
    }

    private static void CheckScore(int value, int maximum, string instrument, string name)
    {
        if (value < 0 || value > maximum)
        {
            throw new ArgumentOutOfRangeException(name, value, $"{instrument} total must be 0–{maximum}, was {value}.");
        }
    }
}
