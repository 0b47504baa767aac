namespace PeerSupport.Samples.ReferralService;

/// <summary>The service's configuration (section <c>ReferralService</c> of appsettings or <c>ReferralService__*</c> environment variables).</summary>
public sealed class ServiceOptions
{
    /// <summary>The configuration section name.</summary>
    public const string Section = "ReferralService";

    /// <summary>Gets or sets the SQLite database file holding the state and the decision log.</summary>
    public string DatabasePath { get; set; } = "referral-service.db";

    /// <summary>Gets or sets the IANA or Windows time zone id that turns "now" into a decision date.</summary>
    public string TimeZone { get; set; } = "UTC";

    /// <summary>Gets or sets the API keys and what each may do.</summary>
    public IList<ApiKeyOptions> ApiKeys { get; init; } = [];
}

/// <summary>One API key.</summary>
public sealed class ApiKeyOptions
{
    /// <summary>Gets or sets the secret sent in the <c>X-Api-Key</c> header.</summary>
    public string Key { get; set; } = string.Empty;

    /// <summary>Gets or sets a name for the key holder (pseudonymous; used in audit columns, never a person's name).</summary>
    public string Name { get; set; } = string.Empty;

    /// <summary>Gets or sets the role: <c>facilitator</c>, <c>clinical_lead</c> or <c>auditor</c>.</summary>
    public string Role { get; set; } = string.Empty;

    /// <summary>Gets or sets the groups a facilitator runs (ignored for other roles).</summary>
    public IList<string> Groups { get; init; } = [];
}
