using Microsoft.Extensions.Options;

namespace PeerSupport.Analytics.Simulation;

/// <summary>
/// Validates <see cref="SimulationOptions"/> (for example in an options pipeline that validates on start):
/// source-generated from the data annotations, plus the options' own
/// <see cref="System.ComponentModel.DataAnnotations.IValidatableObject"/> checks.
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
[OptionsValidator]
public sealed partial class SimulationOptionsValidator : IValidateOptions<SimulationOptions>;
