using JjjMatch.Matching.Engine.Matches;

namespace JjjMatch.Matching.Tests.Architecture;

/// <summary>The brokerage builds on the engine's matches; the engine must keep working without the brokerage.</summary>
public sealed class EngineBoundaryTests
{
    private const string EngineNamespace = "JjjMatch.Matching.Engine";
    private const string BrokerageNamespace = "JjjMatch.Matching.Brokerage";

    [Fact]
    public void The_engine_uses_no_brokerage_type()
    {
        var engine = typeof(Match).Assembly.GetTypes().Where(t => t.Namespace?.StartsWith(EngineNamespace, StringComparison.Ordinal) == true).ToList();

        var offences = engine
            .SelectMany(t => TypeDependencies.Of(t).Where(used => used.Namespace?.StartsWith(BrokerageNamespace, StringComparison.Ordinal) == true)
                .Select(used => $"{t.FullName} -> {used.FullName}"))
            .ToList();

        engine.Count.ShouldBeGreaterThan(50);
        offences.ShouldBeEmpty();
    }

    [Fact]
    public void A_type_used_only_inside_a_method_body_counts()
    {
        TypeDependencies.Of(typeof(UsesUriInItsBody)).ShouldContain(typeof(Uri));
    }

    private static class UsesUriInItsBody
    {
        public static int Count() => new Stack<Uri>().Count;
    }
}
