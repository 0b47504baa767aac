using PeerSupport.Instruments;

namespace PeerSupport.Data;

/// <summary>Options for <see cref="DatasetCsvReader"/>. Immutable once constructed; safe to share between threads.</summary>
public sealed class DatasetCsvOptions
{
    /// <summary>Gets the default options (built-in instruments).</summary>
    public static DatasetCsvOptions Default { get; } = new();

    /// <summary>
    /// Gets the instruments assessments are scored with; an assessment of an instrument not in the
    /// registry is an error. The default value is <see cref="InstrumentRegistry.BuiltIn"/>.
    /// </summary>
    public InstrumentRegistry Instruments { get; init; } = InstrumentRegistry.BuiltIn;
}
