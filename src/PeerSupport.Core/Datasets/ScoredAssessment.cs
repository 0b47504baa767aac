using PeerSupport.Domain;
using PeerSupport.Instruments;

namespace PeerSupport.Datasets;

/// <summary>An assessment with its score under the instrument's definition and its position in the dataset.</summary>
/// <param name="Assessment">The recorded assessment.</param>
/// <param name="Score">The score: total, band, flags, or unknown with the reason.</param>
/// <param name="Sequence">The 0-based position of the assessment in the dataset (file order), which orders assessments on the same date.</param>
public sealed record ScoredAssessment(Assessment Assessment, InstrumentScore Score, int Sequence)
{
    /// <summary>Gets the completion date.</summary>
    public DateOnly Date => Assessment.Date;

    /// <summary>Gets the instrument.</summary>
    public InstrumentId Instrument => Assessment.Instrument;
}
