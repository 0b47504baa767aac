using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using PeerSupport.Facilitation;
using PeerSupport.Instruments;
using PeerSupport.Rules;

namespace PeerSupport.Core.Tests.DependencyInjection;

public sealed class ServiceCollectionExtensionsTests
{
    [Fact]
    public void AddPeerSupport_RegistersServicesWithDefaults()
    {
        using var provider = new ServiceCollection().AddPeerSupport().BuildServiceProvider(validateScopes: true);
        Assert.Same(TimeProvider.System, provider.GetRequiredService<TimeProvider>());
        Assert.Same(InstrumentRegistry.BuiltIn, provider.GetRequiredService<InstrumentRegistry>());
        Assert.NotNull(provider.GetRequiredService<FacilitationPolicy>());
        Assert.Equal(30, provider.GetRequiredService<IOptions<PeerSupportOptions>>().Value.Facilitation.CredentialExpiryWarningDays);
        var engine = provider.GetRequiredService<ReferralEngine>();
        Assert.Same(engine, provider.GetRequiredService<ReferralEngine>());
    }

    [Fact]
    public void AddPeerSupport_KeepsEarlierRegistrationsAndIsIdempotent()
    {
        var fake = new FakeTimeProvider();
        var services = new ServiceCollection().AddSingleton<TimeProvider>(fake);
        services.AddPeerSupport().AddPeerSupport(o => o.Facilitation.CredentialExpiryWarningDays = 7, r => r.CooldownDays = 7);
        using var provider = services.BuildServiceProvider();
        Assert.Same(fake, provider.GetRequiredService<TimeProvider>());
        Assert.Single(services, d => d.ServiceType == typeof(FacilitationPolicy));
        Assert.Single(services, d => d.ServiceType == typeof(ReferralEngine));
        Assert.Equal(7, provider.GetRequiredService<IOptions<PeerSupportOptions>>().Value.Facilitation.CredentialExpiryWarningDays);
        Assert.Equal(7, provider.GetRequiredService<IOptions<ReferralEngineOptions>>().Value.CooldownDays);
    }

    [Fact]
    public void AddPeerSupport_InvalidOptions_FailValidationNamingTheOption()
    {
        using var provider = new ServiceCollection()
            .AddPeerSupport(o =>
            {
                o.Facilitation.CredentialExpiryWarningDays = -1;
                o.Facilitation.MaxMembersPerFacilitator = 0;
            })
            .BuildServiceProvider();
        var ex = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<PeerSupportOptions>>().Value);
        var message = string.Join(" ", ex.Failures);
        Assert.Contains("CredentialExpiryWarningDays", message, StringComparison.Ordinal);
        Assert.Contains("MaxMembersPerFacilitator", message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddPeerSupport_InvalidRuleOptions_FailValidation()
    {
        using var provider = new ServiceCollection().AddPeerSupport(configureRules: r => r.CooldownDays = -1).BuildServiceProvider();
        var ex = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<ReferralEngineOptions>>().Value);
        Assert.Contains("CooldownDays", string.Join(" ", ex.Failures), StringComparison.Ordinal);
    }

    [Fact]
    public void AddPeerSupport_NullServices_Throws()
        => Assert.Throws<ArgumentNullException>(() => PeerSupportServiceCollectionExtensions.AddPeerSupport(null!));
}
