using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using PeerSupport.Samples.ReferralService.Storage;

namespace PeerSupport.ReferralService.Tests;

/// <summary>Keys used by every test: two facilitators (one group each), a clinical lead and an auditor.</summary>
internal static class Keys
{
    public const string FacilitatorA = "test-facilitator-a-key";
    public const string FacilitatorB = "test-facilitator-b-key";
    public const string Lead = "test-clinical-lead-key";
    public const string Auditor = "test-auditor-only-key";
    public const string GroupA = "G-A";
    public const string GroupB = "G-B";

    public static IEnumerable<KeyValuePair<string, string?>> Settings(string databasePath) =>
    [
        new("ReferralService:DatabasePath", databasePath),
        new("ReferralService:ApiKeys:0:Key", FacilitatorA),
        new("ReferralService:ApiKeys:0:Name", "facilitator-a"),
        new("ReferralService:ApiKeys:0:Role", "facilitator"),
        new("ReferralService:ApiKeys:0:Groups:0", GroupA),
        new("ReferralService:ApiKeys:1:Key", FacilitatorB),
        new("ReferralService:ApiKeys:1:Name", "facilitator-b"),
        new("ReferralService:ApiKeys:1:Role", "facilitator"),
        new("ReferralService:ApiKeys:1:Groups:0", GroupB),
        new("ReferralService:ApiKeys:2:Key", Lead),
        new("ReferralService:ApiKeys:2:Name", "lead"),
        new("ReferralService:ApiKeys:2:Role", "clinical_lead"),
        new("ReferralService:ApiKeys:3:Key", Auditor),
        new("ReferralService:ApiKeys:3:Name", "auditor"),
        new("ReferralService:ApiKeys:3:Role", "auditor"),
    ];
}

/// <summary>The service in the ASP.NET test host over a database file of its own.</summary>
internal sealed class ServiceFactory(string databasePath, Func<IServiceProvider, IDecisionLog>? decisionLog = null) : ServiceFactoryBase(databasePath, decisionLog)
{
    private static readonly string s_directory = CreateRunDirectory();

    /// <summary>A database path in a directory of this test run (removed at exit, or by the next run if the test host is killed).</summary>
    public static string NewDatabasePath() => Path.Combine(s_directory, Guid.NewGuid().ToString("N") + ".db");

    private static string CreateRunDirectory()
    {
        var root = Path.Combine(Path.GetTempPath(), "peersupport-referral-tests");
        var directory = Path.Combine(root, Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Directory.CreateDirectory(directory);
        foreach (var stale in Directory.EnumerateDirectories(root))
        {
            if (int.TryParse(Path.GetFileName(stale), out var pid) && pid != Environment.ProcessId && !IsRunning(pid))
            {
                TryDelete(stale);
            }
        }

        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            TryDelete(directory);
        };
        return directory;
    }

    private static bool IsRunning(int pid)
    {
        try
        {
            using var process = System.Diagnostics.Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private static void TryDelete(string directory)
    {
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
        }
    }
}

/// <summary>The service in the ASP.NET test host over a database file of its own (derive to add logging etc.).</summary>
internal class ServiceFactoryBase(string databasePath, Func<IServiceProvider, IDecisionLog>? decisionLog = null) : WebApplicationFactory<Program>
{
    public string DatabasePath { get; } = databasePath;

    public HttpClient Client(string? key)
    {
        var client = CreateClient();
        if (key is not null)
        {
            client.DefaultRequestHeaders.Add("X-Api-Key", key);
        }

        return client;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        foreach (var (name, value) in Keys.Settings(DatabasePath))
        {
            builder.UseSetting(name, value);
        }

        if (decisionLog is not null)
        {
            builder.ConfigureTestServices(services => services.Replace(ServiceDescriptor.Singleton(decisionLog)));
        }
    }
}

/// <summary>Calls that set up data through the API, as a client would.</summary>
internal static class Api
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>The version of the default pack the service starts with (read from the pack, not hard-coded).</summary>
    public static readonly string DefaultPackVersion =
        System.Text.Json.Nodes.JsonNode.Parse(PeerSupport.Rules.DefaultRulePack.Json)!["version"]!.GetValue<string>();

    public static async Task<HttpResponseMessage> Send(HttpClient client, HttpMethod method, string path, object? body = null)
    {
        using var request = new HttpRequestMessage(method, path);
        if (body is string text)
        {
            request.Content = new StringContent(text, new MediaTypeHeaderValue("application/json"));
        }
        else if (body is not null)
        {
            request.Content = JsonContent.Create(body, options: Json);
        }

        return await client.SendAsync(request);
    }

    public static async Task<JsonElement> Ok(HttpResponseMessage response, int status = 200)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True((int)response.StatusCode == status, $"expected {status}, got {(int)response.StatusCode}: {text}");
        return text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
    }

    public static async Task<JsonElement> Post(HttpClient client, string path, object? body = null, int status = 201) =>
        await Ok(await Send(client, HttpMethod.Post, path, body), status);

    /// <summary>A group with one member, one session on 2026-01-08, present.</summary>
    public static async Task Group(HttpClient lead, string groupId, string memberId, string sessionId)
    {
        await Post(lead, "/groups", new { id = groupId, name = "Group " + groupId, facilitationModel = "peer_led" });
        await Member(lead, groupId, memberId, sessionId);
    }

    public static async Task Member(HttpClient client, string groupId, string memberId, string sessionId)
    {
        await Post(client, $"/groups/{groupId}/members", new { id = memberId, joinedOn = "2026-01-01" });
        if (sessionId.Length > 0)
        {
            var sessions = await Send(client, HttpMethod.Post, $"/groups/{groupId}/sessions", new { id = sessionId, date = "2026-01-08" });
            Assert.True(sessions.StatusCode is System.Net.HttpStatusCode.Created or System.Net.HttpStatusCode.Conflict);
        }
    }

    /// <summary>A PHQ-9 with item 9 answered above 0: the protected rule refers to a licensed clinician.</summary>
    public static Task<JsonElement> RiskyAssessment(HttpClient client, string memberId, string date = "2026-01-08") =>
        Post(client, $"/members/{memberId}/assessments", new { instrument = "phq9", date, items = new[] { 2, 2, 2, 2, 2, 2, 2, 2, 1 } });

    public static Task<JsonElement> Decide(HttpClient client, string memberId, string asOf = "2026-01-09") =>
        Post(client, $"/members/{memberId}/decisions?asOf={asOf}", null, 200);
}
