using System.Reflection;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PeerSupport.Analytics.Cohorts;
using PeerSupport.Analytics.GroupHealth;
using PeerSupport.Analytics.Privacy;
using PeerSupport.Analytics.Tests.Cohorts;
using PeerSupport.Analytics.Tests.Engagement;
using PeerSupport.Analytics.Tests.GroupHealth;

namespace PeerSupport.Analytics.Tests.Privacy;

public sealed class ReportJsonTests
{
    [Fact]
    public void Serialize_HealthReport_IsValidJsonWithoutMemberIdsOrNaN()
    {
        var report = new GroupHealthAnalyzer(GroupHealthAnalyzerTests.SmallGroupOptions()).Analyze(HealthTestData.Dataset(), HealthTestData.AsOf);

        var json = JsonSerializer.Serialize(report, ReportJson.CreateOptions());

        using var document = JsonDocument.Parse(json);
        Assert.DoesNotContain("NaN", json, StringComparison.Ordinal);
        Assert.All(HealthTestData.AllMembers, id => Assert.DoesNotContain(id.Value, json, StringComparison.Ordinal));
        var index = document.RootElement.GetProperty("overall").GetProperty("index");
        Assert.Equal(report.Overall.Index.Value.Value, index.GetProperty("value").GetProperty("value").GetDouble(), 1e-12);
        Assert.Equal("High", index.GetProperty("confidence").GetString());
        Assert.Equal("Attendance", index.GetProperty("components")[0].GetProperty("kind").GetString());
    }

    [Property(MaxTest = 25)]
    public Property Serialize_RandomCohorts_EveryShownMemberCountIsAtLeastK(int seed, byte kByte)
    {
        var k = 2 + (kByte % 6);
        var dataset = seed % 2 == 0 ? EngagementAnalyzerTests.RandomGroup(seed) : CohortTestData.Build(seed, groupsPerModel: 2, membersPerGroup: 4);
        var options = ReportJson.CreateOptions();
        var health = JsonSerializer.Serialize(new GroupHealthAnalyzer(new GroupHealthOptions { MinimumCellSize = k }).Analyze(dataset, new DateOnly(2026, 3, 30)), options);
        var cohorts = JsonSerializer.Serialize(new FacilitationModelComparer(new CohortComparisonOptions { MinimumCellSize = k }).Compare(dataset, new DateOnly(2026, 3, 30)), options);
        return (MemberCounts(health).Concat(MemberCounts(cohorts)).All(n => n >= k)
                && !health.Contains("MEM-", StringComparison.Ordinal)
                && !cohorts.Contains("MEM-", StringComparison.Ordinal))
            .ToProperty();
    }

    private static List<int> MemberCounts(string json)
    {
        var found = new List<int>();
        void Walk(JsonElement element)
        {
            if (element.ValueKind == JsonValueKind.Object)
            {
                foreach (var property in element.EnumerateObject())
                {
                    if (property.Name is "memberCount" or "atRisk" && property.Value.ValueKind == JsonValueKind.Number)
                    {
                        found.Add(property.Value.GetInt32());
                    }

                    Walk(property.Value);
                }
            }
            else if (element.ValueKind == JsonValueKind.Array)
            {
                foreach (var item in element.EnumerateArray())
                {
                    Walk(item);
                }
            }
        }

        using var document = JsonDocument.Parse(json);
        Walk(document.RootElement);
        return found;
    }

    [Fact]
    public void Serialize_SuppressedCell_WritesNullValueAndReason()
    {
        var json = JsonSerializer.Serialize(SmallCellPolicy.Default.Cell(0.3, 2), ReportJson.CreateOptions());

        Assert.Equal("{\"isSuppressed\":true,\"value\":{\"value\":null,\"undefinedReason\":\"suppressed: describes fewer than 5 members\"},\"memberCount\":null,\"suppressionReason\":\"suppressed: describes fewer than 5 members\"}", json);
    }

    [Fact]
    public void Statistic_RoundTrips_DefinedUndefinedAndInfinite()
    {
        var options = ReportJson.CreateOptions();
        foreach (var statistic in new[] { Statistic.Of(1.25), Statistic.Undefined("sd is 0"), Statistic.Of(double.PositiveInfinity), Statistic.Of(double.NegativeInfinity) })
        {
            var json = JsonSerializer.Serialize(statistic, options);

            Assert.Equal(statistic, JsonSerializer.Deserialize<Statistic>(json, options));
        }
    }

    [Theory]
    [InlineData("1.5")]
    [InlineData("{\"value\":\"big\"}")]
    public void Statistic_BadJson_ThrowsJsonException(string json)
    {
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Statistic>(json, ReportJson.CreateOptions()));
    }

    [Fact]
    public void PublicApi_OfHealthAndCohortResults_ExposesNoMathNetTypes()
    {
        var assembly = typeof(GroupHealthAnalyzer).Assembly;
        var exposed = assembly.GetExportedTypes()
            .SelectMany(t => t.GetMembers(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .SelectMany(TypesOf)
            .Where(t => t.Namespace?.StartsWith("MathNet", StringComparison.Ordinal) == true)
            .ToArray();

        Assert.Empty(exposed);
        Assert.Contains(typeof(FacilitationModelComparison), assembly.GetExportedTypes());
    }

    private static IEnumerable<Type> TypesOf(MemberInfo member) => member switch
    {
        PropertyInfo p => [p.PropertyType],
        FieldInfo f => [f.FieldType],
        MethodInfo m => m.GetParameters().Select(p => p.ParameterType).Append(m.ReturnType),
        ConstructorInfo c => c.GetParameters().Select(p => p.ParameterType),
        _ => [],
    };
}
