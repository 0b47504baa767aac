using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using PeerSupport.Facilitation;
using PeerSupport.Instruments;
using PeerSupport.Rules;

namespace PeerSupport;

/// <summary>Registers the PeerSupport services in a service collection.</summary>
public static class PeerSupportServiceCollectionExtensions
{
    /// <summary>
    /// Adds the PeerSupport services: validated <see cref="PeerSupportOptions"/> (checked at start),
    /// <see cref="TimeProvider.System"/> unless a time provider is already registered, the built-in
    /// <see cref="InstrumentRegistry"/>, a <see cref="FacilitationPolicy"/> built from the options, and the
    /// <see cref="ReferralEngine"/> running the default rule pack with validated <see cref="ReferralEngineOptions"/>
    /// (see <see cref="RulesServiceCollectionExtensions.AddReferralRules"/>).
    /// Every registration uses <c>TryAdd</c>, so calling this twice is harmless and earlier
    /// registrations win.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Configures the options, or <see langword="null"/> for the defaults.</param>
    /// <param name="configureRules">Configures the referral engine (cooldown, assessment window, time zone), or <see langword="null"/> for the defaults.</param>
    /// <returns>The same service collection.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="services"/> is <see langword="null"/>.</exception>
    public static IServiceCollection AddPeerSupport(this IServiceCollection services, Action<PeerSupportOptions>? configure = null, Action<ReferralEngineOptions>? configureRules = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = services.AddOptionsWithValidateOnStart<PeerSupportOptions, PeerSupportOptionsValidator>();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(InstrumentRegistry.BuiltIn);
        services.TryAddSingleton(sp => new FacilitationPolicy(sp.GetRequiredService<IOptions<PeerSupportOptions>>().Value.Facilitation));
        return services.AddReferralRules(configureRules);
    }
}
