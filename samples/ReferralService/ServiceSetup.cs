using Microsoft.Extensions.Options;
using PeerSupport.Samples.ReferralService.Security;

namespace PeerSupport.Samples.ReferralService;

/// <summary>Checks the configuration before the service starts (every problem listed; key values never echoed).</summary>
public sealed class ServiceSetup : IValidateOptions<ServiceOptions>
{
    /// <inheritdoc/>
    public ValidateOptionsResult Validate(string? name, ServiceOptions options)
    {
        var problems = Validate(options);
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems.Select(p => "ReferralService:" + p));
    }

    /// <summary>Lists every problem with the options (key values are never echoed).</summary>
    /// <param name="options">The options.</param>
    /// <returns>The problems; empty when valid.</returns>
    public static IReadOnlyList<string> Validate(ServiceOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(options.DatabasePath))
        {
            problems.Add("DatabasePath is required");
        }

        if (!TimeZoneInfo.TryFindSystemTimeZoneById(options.TimeZone, out _))
        {
            problems.Add($"TimeZone '{options.TimeZone}' is not a known time zone id");
        }

        for (var i = 0; i < options.ApiKeys.Count; i++)
        {
            var key = options.ApiKeys[i];
            if (key.Key.Length < 16)
            {
                problems.Add($"ApiKeys:{i}:Key must be at least 16 characters");
            }

            if (!Scopes.Roles.Contains(key.Role))
            {
                problems.Add($"ApiKeys:{i}:Role '{key.Role}' is not one of {string.Join(", ", Scopes.Roles)}");
            }

            if (string.IsNullOrWhiteSpace(key.Name))
            {
                problems.Add($"ApiKeys:{i}:Name is required (a pseudonymous name for audit)");
            }

            if (key.Role == "facilitator" && key.Groups.Count == 0)
            {
                problems.Add($"ApiKeys:{i}: a facilitator key needs at least one group");
            }
        }

        if (options.ApiKeys.Select(k => k.Key).Distinct(StringComparer.Ordinal).Count() != options.ApiKeys.Count)
        {
            problems.Add("ApiKeys: two entries share a key");
        }

        return problems;
    }
}
