using Microsoft.Extensions.Options;
using PeerSupport.Rules;

namespace PeerSupport.Core.Tests.Options;

/// <summary>
/// Every options type is validated one way: data annotations checked by a source-generated <c>[OptionsValidator]</c>,
/// plus <c>IValidatableObject</c> for the one rule annotations cannot express. Each bad value gets a message that names
/// the option and the rule.
/// </summary>
public sealed class OptionsValidationTests
{
    public static TheoryData<Action<PeerSupportOptions>, string, string> BadPeerSupportOptions => new()
    {
        { o => o.Facilitation.CredentialExpiryWarningDays = -1, "Facilitation.CredentialExpiryWarningDays", "CredentialExpiryWarningDays must be between 0 and 3650." },
        { o => o.Facilitation.CredentialExpiryWarningDays = 3651, "Facilitation.CredentialExpiryWarningDays", "CredentialExpiryWarningDays must be between 0 and 3650." },
        { o => o.Facilitation.MaxMembersPerFacilitator = 0, "Facilitation.MaxMembersPerFacilitator", "MaxMembersPerFacilitator must be between 1 and 1000." },
        { o => o.Facilitation.MaxMembersPerFacilitator = 1001, "Facilitation.MaxMembersPerFacilitator", "MaxMembersPerFacilitator must be between 1 and 1000." },
    };

    public static TheoryData<Action<ReferralEngineOptions>, string, string> BadReferralEngineOptions => new()
    {
        { o => o.TimeZone = null!, "TimeZone", "TimeZone field is required." },
        { o => o.CooldownDays = -1, "CooldownDays", "CooldownDays must be between 0 and 365." },
        { o => o.CooldownDays = 366, "CooldownDays", "CooldownDays must be between 0 and 365." },
        { o => o.AssessmentWindowDays = 0, "AssessmentWindowDays", "AssessmentWindowDays must be between 1 and 3650." },
        { o => o.AssessmentWindowDays = 3651, "AssessmentWindowDays", "AssessmentWindowDays must be between 1 and 3650." },
        { o => o.ProtectedRuleIds = null!, "ProtectedRuleIds", "ProtectedRuleIds must not be null." },
        { o => o.ProtectedRuleIds = ["phq9-item9", "Not An Id"], "ProtectedRuleIds", "ProtectedRuleIds must hold valid rule ids; 'Not An Id' is not one." },
    };

    [Fact]
    public void Defaults_AreValid()
    {
        Assert.True(new PeerSupportOptionsValidator().Validate(null, new PeerSupportOptions()).Succeeded);
        Assert.True(new ReferralEngineOptionsValidator().Validate(null, new ReferralEngineOptions()).Succeeded);
        Assert.Empty(new ReferralEngineOptions().Validate());
    }

    [Theory]
    [MemberData(nameof(BadPeerSupportOptions))]
    public void PeerSupportOptions_BadValue_FailsNamingTheOptionAndTheRule(Action<PeerSupportOptions> configure, string member, string rule)
    {
        var options = new PeerSupportOptions();
        configure(options);

        var result = new PeerSupportOptionsValidator().Validate(null, options);

        var failure = Assert.Single(result.Failures ?? []);
        Assert.Contains(member, failure, StringComparison.Ordinal);
        Assert.Contains(rule, failure, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(BadReferralEngineOptions))]
    public void ReferralEngineOptions_BadValue_FailsNamingTheOptionAndTheRule(Action<ReferralEngineOptions> configure, string member, string rule)
    {
        var options = new ReferralEngineOptions();
        configure(options);

        var failure = Assert.Single(new ReferralEngineOptionsValidator().Validate(null, options).Failures ?? []);
        Assert.Contains(member, failure, StringComparison.Ordinal);
        Assert.Contains(rule, failure, StringComparison.Ordinal);
        Assert.Equal([failure], options.Validate());
        var error = Assert.Throws<ArgumentException>(() => DefaultRulePack.CreateEngine(options));
        Assert.Contains(rule, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReferralEngineOptions_SeveralBadValues_ReportsEach()
    {
        var options = new ReferralEngineOptions { CooldownDays = -1, AssessmentWindowDays = 0, ProtectedRuleIds = ["Bad Id"] };

        var failures = new ReferralEngineOptionsValidator().Validate(null, options).Failures ?? [];

        Assert.Equal(3, failures.Count());
    }
}
