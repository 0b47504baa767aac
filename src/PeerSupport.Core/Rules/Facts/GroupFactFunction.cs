using PeerSupport.Datasets;
using PeerSupport.Rules.Evaluation;

namespace PeerSupport.Rules.Facts;

/// <summary>Computes a host-registered group fact as of a date; return <see cref="FactValue.Absent"/> or <see cref="FactValue.Missing"/> when unknown.</summary>
/// <param name="group">The group's history.</param>
/// <param name="asOf">The decision date (data dated after it must be ignored).</param>
/// <param name="request">The fact requested (name, window or argument).</param>
/// <returns>The value, of the type the schema declares.</returns>
public delegate FactValue GroupFactFunction(GroupHistory group, DateOnly asOf, FactRequest request);
