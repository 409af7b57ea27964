using JjjMatch.Contracts.Shared;
using JjjMatch.Demands.Features.Shared;
using JjjMatch.Testing;

namespace JjjMatch.Demands.Tests.Import;

/// <summary>No cooperation mode stated (其他, or nothing) is now a valid demand through the API too.</summary>
public sealed class RelaxedRulesTests
{
    private static readonly ManualTimeProvider Clock = new(new DateTimeOffset(2026, 12, 1, 0, 0, 0, TimeSpan.Zero));
    private readonly DemandInputValidator validator = new(Clock);

    [Fact]
    public void No_cooperation_mode_means_not_stated()
    {
        var input = ImportDemandTests.Input(Clock.GetUtcNow().AddDays(30)) with
        {
            ExpectedOutcome = "完成工业示范。",
            Contact = new("王工", "13900000000", null),
        };

        var result = validator.Validate(input with { CooperationModes = CooperationModes.None });

        result.IsValid.ShouldBeTrue(string.Join("; ", result.Errors));
        validator
            .Validate(input with { CooperationModes = null })
            .Errors.Select(e => e.PropertyName)
            .ShouldContain("CooperationModes");
    }
}
