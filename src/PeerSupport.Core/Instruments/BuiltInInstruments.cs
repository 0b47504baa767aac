namespace PeerSupport.Instruments;

/// <summary>
/// The seven built-in instruments, free to embed: PHQ-9, PHQ-2, GAD-7, WHO-5, K10, K6 and BARC-10. Definitions
/// carry scoring rules only, no item text. Each is immutable and thread-safe; a host that needs other limits makes a
/// copy (<see cref="InstrumentDefinition.WithMaxProratedItems"/> or <see cref="InstrumentDefinition.ToBuilder"/>).
/// </summary>
public static class BuiltInInstruments
{
    /// <summary>Gets PHQ-9: 9 items 0–3, total 0–27, five bands, caseness ≥ 10, item 9 ≥ 1 → same-day safety check, reliable change 6, at most 1 non-flag item prorated.</summary>
    public static InstrumentDefinition Phq9 { get; } = Build(
        InstrumentId.Phq9, "Patient Health Questionnaire-9", 9, 0, 3, maxProrated: 1, rc: 6,
        bands: [new("minimal", 0, 4), new("mild", 5, 9), new("moderate", 10, 14), new("moderately severe", 15, 19), new("severe", 20, 27)],
        cutoffs:
        [
            new(InstrumentCutoff.CasenessName, Threshold.AtLeast(10), "caseness for depression (NHS Talking Therapies)"),
            new("more-severe", Threshold.AtLeast(16), "more severe depression (NICE NG222)"),
        ],
        flags: [new("safety-check", "same-day structured risk assessment (item 9 above 0)", [9], Threshold.AtLeast(1), null)],
        licence: "Free to use; no permission needed (Pfizer). No item text is shipped.",
        source: "Kroenke, Spitzer, Williams; https://pmc.ncbi.nlm.nih.gov/articles/PMC2906530 ; item 9 risk: Simon et al. 2013, https://psychiatryonline.org/doi/full/10.1176/appi.ps.201200587");

    /// <summary>Gets PHQ-2: items 1–2 of the PHQ-9, 0–3, total 0–6, ≥ 3 → give the full PHQ-9 (≥ 2 more sensitive), no missing items allowed.</summary>
    public static InstrumentDefinition Phq2 { get; } = Build(
        InstrumentId.Phq2, "Patient Health Questionnaire-2", 2, 0, 3, maxProrated: 0, rc: null,
        bands: [],
        cutoffs:
        [
            new("full-phq9", Threshold.AtLeast(3), "positive screen: give the full PHQ-9"),
            new("sensitive", Threshold.AtLeast(2), "more sensitive screening cutoff"),
        ],
        flags: [],
        licence: "Free to use; no permission needed (Pfizer). No item text is shipped.",
        source: "https://pmc.ncbi.nlm.nih.gov/articles/PMC2906530");

    /// <summary>Gets GAD-7: 7 items 0–3, total 0–21, bands minimal/mild/moderate/severe at 5/10/15, caseness ≥ 8, reliable change 4, at most 1 item prorated.</summary>
    public static InstrumentDefinition Gad7 { get; } = Build(
        InstrumentId.Gad7, "Generalized Anxiety Disorder-7", 7, 0, 3, maxProrated: 1, rc: 4,
        bands: [new("minimal", 0, 4), new("mild", 5, 9), new("moderate", 10, 14), new("severe", 15, 21)],
        cutoffs: [new(InstrumentCutoff.CasenessName, Threshold.AtLeast(8), "caseness for anxiety (NHS Talking Therapies)")],
        flags: [],
        licence: "Public domain. No item text is shipped.",
        source: "Spitzer et al. 2006; scoring notes in the CamCOPS documentation, https://github.com/ucam-department-of-psychiatry/camcops");

    /// <summary>
    /// Gets WHO-5: 5 items 0–5, raw total 0–25, percentage = raw × 4, raw ≤ 12 or any item ≤ 1 → assess for depression,
    /// reliable change 10 percentage points, no missing items allowed.
    /// </summary>
    public static InstrumentDefinition Who5 { get; } = Build(
        InstrumentId.Who5, "WHO-5 Well-Being Index", 5, 0, 5, maxProrated: 0, rc: 10,
        bands: [],
        cutoffs: [new("low-wellbeing", Threshold.AtMost(12), "raw total below 13: assess for depression")],
        flags: [new("assess-depression", "assess for depression (raw total below 13 or any item at most 1)", [1, 2, 3, 4, 5], Threshold.AtMost(1), Threshold.AtMost(12))],
        licence: "Free to use; altered wording must be marked as altered. No item text is shipped.",
        source: "Psychiatric Centre North Zealand, https://www.psykiatri-regionh.dk/who-5/",
        transform: new ScoreTransform("percentage", 4),
        higherIsBetter: true);

    /// <summary>Gets K10: 10 items 1–5, total 10–50, bands low 10–15, moderate 16–21, high 22–29, very high 30–50, at most 2 items prorated.</summary>
    public static InstrumentDefinition K10 { get; } = Build(
        InstrumentId.K10, "Kessler Psychological Distress Scale (10 items)", 10, 1, 5, maxProrated: 2, rc: null,
        bands: [new("low", 10, 15), new("moderate", 16, 21), new("high", 22, 29), new("very high", 30, 50)],
        cutoffs: [],
        flags: [],
        licence: "Unrestricted use; cite WHO 2003 / Kessler et al. 2003. No item text is shipped.",
        source: "Kessler et al. 2003; bands from the Australian Bureau of Statistics (4817.0.55.001), https://www.abs.gov.au");

    /// <summary>Gets K6: 6 items 0–4, total 0–24, ≥ 5 moderate and ≥ 13 serious psychological distress, at most 1 item prorated.</summary>
    public static InstrumentDefinition K6 { get; } = Build(
        InstrumentId.K6, "Kessler Psychological Distress Scale (6 items)", 6, 0, 4, maxProrated: 1, rc: null,
        bands: [new("low", 0, 4), new("moderate", 5, 12), new("serious", 13, 24)],
        cutoffs:
        [
            new("moderate", Threshold.AtLeast(5), "moderate psychological distress"),
            new("serious", Threshold.AtLeast(13), "serious psychological distress"),
        ],
        flags: [],
        licence: "Public domain. No item text is shipped.",
        source: "Prochaska et al. 2012, https://pubmed.ncbi.nlm.nih.gov/22351472/");

    /// <summary>Gets BARC-10: 10 items 1–6, total 10–60, ≥ 47 predicts sustained remission, at most 1 item prorated.</summary>
    public static InstrumentDefinition Barc10 { get; } = Build(
        InstrumentId.Barc10, "Brief Assessment of Recovery Capital-10", 10, 1, 6, maxProrated: 1, rc: null,
        bands: [],
        cutoffs: [new("sustained-remission", Threshold.AtLeast(47), "predicts sustained remission")],
        flags: [],
        licence: "Freely available. No item text is shipped.",
        source: "Vilsaint et al. 2017; PhenX Toolkit protocol 590502",
        higherIsBetter: true);

    /// <summary>Gets the seven built-ins in the order PHQ-9, PHQ-2, GAD-7, WHO-5, K10, K6, BARC-10.</summary>
    public static IReadOnlyList<InstrumentDefinition> All { get; } = new[] { Phq9, Phq2, Gad7, Who5, K10, K6, Barc10 }.AsReadOnly();

    private static InstrumentDefinition Build(
        InstrumentId id,
        string name,
        int itemCount,
        int itemMin,
        int itemMax,
        int maxProrated,
        double? rc,
        SeverityBand[] bands,
        InstrumentCutoff[] cutoffs,
        InstrumentFlag[] flags,
        string licence,
        string source,
        ScoreTransform? transform = null,
        bool higherIsBetter = false)
    {
        var builder = new InstrumentDefinitionBuilder
        {
            Id = id,
            Name = name,
            ItemCount = itemCount,
            ItemMin = itemMin,
            ItemMax = itemMax,
            MaxProratedItems = maxProrated,
            ReliableChange = rc,
            Transform = transform,
            HigherIsBetter = higherIsBetter,
            Licence = licence,
            Source = source,
        };
        Array.ForEach(bands, builder.Bands.Add);
        Array.ForEach(cutoffs, builder.Cutoffs.Add);
        Array.ForEach(flags, builder.Flags.Add);
        return builder.Build();
    }
}
