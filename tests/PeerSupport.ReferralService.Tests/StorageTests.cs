using System.Net;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using PeerSupport.Rules;
using PeerSupport.Samples.ReferralService.Storage;

namespace PeerSupport.ReferralService.Tests;

public sealed class StorageTests
{
    private static void Execute(ServiceFactory factory, string sql)
    {
        using var connection = factory.Services.GetRequiredService<Database>().Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static object? Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }

    [Fact]
    public async Task Database_UsesWal_AndSynchronousFullOnEveryConnection()
    {
        await using var factory = new ServiceFactory(ServiceFactory.NewDatabasePath());
        using var _ = factory.Client(null);
        using var connection = factory.Services.GetRequiredService<Database>().Open();
        Assert.Equal("wal", Scalar(connection, "PRAGMA journal_mode"));
        Assert.Equal(2L, Scalar(connection, "PRAGMA synchronous"));
        Assert.Equal(1L, Scalar(connection, "PRAGMA foreign_keys"));
    }

    [Fact]
    public async Task FailedStateWrite_Is503_AndNothingIsStored()
    {
        await using var factory = new ServiceFactory(ServiceFactory.NewDatabasePath());
        using var lead = factory.Client(Keys.Lead);
        await Api.Group(lead, Keys.GroupA, "M-A1", "S-A1");
        Execute(factory, "CREATE TRIGGER fail_assessment BEFORE INSERT ON assessments BEGIN SELECT RAISE(FAIL, 'disk unavailable'); END;");
        using var response = await Api.Send(lead, HttpMethod.Post, "/members/M-A1/assessments", new { instrument = "phq9", date = "2026-01-08", items = new[] { 1 } });
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task RuleSetThatCannotBeStored_Is503_AndTheRunningSetIsUnchanged()
    {
        await using var factory = new ServiceFactory(ServiceFactory.NewDatabasePath());
        using var lead = factory.Client(Keys.Lead);
        var before = await lead.GetStringAsync("/rule-set");
        var newer = before.Replace($"\"version\": \"{Api.DefaultPackVersion}\"", "\"version\": \"9.0.0\"", StringComparison.Ordinal);
        Assert.NotEqual(before, newer);
        Execute(factory, "CREATE TRIGGER fail_rules BEFORE INSERT ON rule_sets BEGIN SELECT RAISE(FAIL, 'disk unavailable'); END;");
        using var response = await Api.Send(lead, HttpMethod.Put, "/rule-set", newer);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal(before, await lead.GetStringAsync("/rule-set"));
        await Api.Group(lead, Keys.GroupA, "M-A1", "S-A1");
        Assert.Equal(Api.DefaultPackVersion, (await Api.Decide(lead, "M-A1")).GetProperty("decision").GetProperty("ruleSet").GetProperty("version").GetString());
    }

    [Fact]
    public async Task InvalidConfiguration_StopsTheStart_ListingEveryProblemWithoutKeyValues()
    {
        await using var factory = new BadConfigFactory();
        var error = Assert.ThrowsAny<Exception>(() => factory.CreateClient());
        var text = error.ToString();
        Assert.Contains("ApiKeys:0:Key must be at least 16 characters", text, StringComparison.Ordinal);
        Assert.Contains("Role 'nurse'", text, StringComparison.Ordinal);
        Assert.DoesNotContain("shortkey", text, StringComparison.Ordinal);
    }

    private sealed class BadConfigFactory : Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
        {
            builder.UseSetting("ReferralService:DatabasePath", ServiceFactory.NewDatabasePath());
            builder.UseSetting("ReferralService:ApiKeys:0:Key", "shortkey");
            builder.UseSetting("ReferralService:ApiKeys:0:Name", "x");
            builder.UseSetting("ReferralService:ApiKeys:0:Role", "nurse");
        }
    }
}
