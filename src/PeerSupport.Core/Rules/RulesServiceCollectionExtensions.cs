using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace PeerSupport.Rules;

/// <summary>Registers the referral rules engine in a service collection.</summary>
public static class RulesServiceCollectionExtensions
{
    /// <summary>
    /// Registers validated <see cref="ReferralEngineOptions"/> (validated on start) and a singleton <see cref="ReferralEngine"/>
    /// running the default rule pack, unless one is already registered. Idempotent.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="configure">Configures the options, or null for the defaults.</param>
    /// <returns>The same services.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="services"/> is null.</exception>
    public static IServiceCollection AddReferralRules(this IServiceCollection services, Action<ReferralEngineOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = services.AddOptions<ReferralEngineOptions>().ValidateOnStart()
            .Configure(o => o.ProtectedRuleIds = DefaultRulePack.ProtectedRuleIds);
        if (configure is not null)
        {
            options.Configure(configure);
        }

        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ReferralEngineOptions>, ReferralEngineOptionsValidator>());
        services.TryAddSingleton(sp => DefaultRulePack.CreateEngine(sp.GetRequiredService<IOptions<ReferralEngineOptions>>().Value));
        return services;
    }
}
