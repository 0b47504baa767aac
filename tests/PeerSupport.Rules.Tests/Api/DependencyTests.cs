namespace PeerSupport.Rules.Tests.Api;

/// <summary>The engine stands alone: it references only the base library and Microsoft.Extensions abstractions.</summary>
public sealed class DependencyTests
{
    [Fact]
    public void Engine_ReferencesNoOtherPeerSupportPackage()
    {
        var references = typeof(CompiledRuleSet).Assembly.GetReferencedAssemblies().Select(a => a.Name!).ToArray();

        Assert.DoesNotContain(references, name => name.StartsWith("PeerSupport", StringComparison.Ordinal));
        Assert.All(references, name => Assert.True(
            name is "System" or "netstandard" || name.StartsWith("System.", StringComparison.Ordinal) || name.StartsWith("Microsoft.Extensions.", StringComparison.Ordinal),
            $"unexpected reference {name}"));
    }
}
