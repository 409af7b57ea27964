using System.Text.Json;
using JjjMatch.Achievements.Features.Shared;
using JjjMatch.Bench.Speed.Generation;
using JjjMatch.Contracts.Shared;
using JjjMatch.Contracts.Taxonomy;

namespace JjjMatch.Bench.Tests.Speed;

public sealed class ListingGeneratorTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 22, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void The_same_seed_and_position_give_the_same_listing()
    {
        var first = new ListingGenerator(7, Now);
        var second = new ListingGenerator(7, Now);

        Json(second.Achievement(123)).ShouldBe(Json(first.Achievement(123)));
        Json(second.Demand(45)).ShouldBe(Json(first.Demand(45)));
    }

    [Fact]
    public void A_listing_does_not_depend_on_which_others_were_generated_before_it()
    {
        var generator = new ListingGenerator(7, Now);
        var alone = Json(generator.Achievement(500));

        for (var i = 0; i < 50; i++)
        {
            generator.Achievement(i);
        }

        Json(generator.Achievement(500)).ShouldBe(alone);
    }

    [Fact]
    public void Another_seed_gives_another_market()
    {
        var titles = Enumerable.Range(0, 50).Select(i => new ListingGenerator(1, Now).Achievement(i).Snapshot.Summary);
        var others = Enumerable.Range(0, 50).Select(i => new ListingGenerator(2, Now).Achievement(i).Snapshot.Summary);

        titles.Intersect(others).ShouldBeEmpty();
    }

    [Fact]
    public void Ids_are_distinct_across_positions_and_kinds()
    {
        var generator = new ListingGenerator(7, Now);
        var ids = Enumerable
            .Range(0, 1000)
            .Select(i => generator.Achievement(i).Snapshot.Id)
            .Concat(Enumerable.Range(0, 1000).Select(i => generator.Demand(i).Id));

        ids.Distinct().Count().ShouldBe(2000);
    }

    [Fact]
    public void Text_lengths_follow_the_real_market()
    {
        var generator = new ListingGenerator(20261122, Now);
        var achievements = Enumerable
            .Range(0, 2000)
            .Select(i => generator.Achievement(i).Snapshot.Summary.Length)
            .Order()
            .ToList();
        var demands = Enumerable
            .Range(0, 2000)
            .Select(i => generator.Demand(i).ProblemDescription.Length)
            .Order()
            .ToList();

        // Real listings: achievements median 283 and mean 366 characters, demands median 108 and mean 136.
        achievements[1000].ShouldBeInRange(230, 360);
        achievements.Average().ShouldBeInRange(300, 460);
        achievements[^1].ShouldBeLessThanOrEqualTo(5000);
        demands[1000].ShouldBeInRange(85, 150);
        demands.Average().ShouldBeInRange(105, 180);
        demands[^1].ShouldBeLessThanOrEqualTo(500);
    }

    [Fact]
    public void Listings_are_Chinese_technical_text_with_known_industries()
    {
        var generator = new ListingGenerator(20261122, Now);
        for (var i = 0; i < 300; i++)
        {
            var achievement = generator.Achievement(i).Snapshot;
            var demand = generator.Demand(i);

            Industries.IsKnown(achievement.Industry).ShouldBeTrue(achievement.Industry);
            Industries.IsKnown(demand.Industry).ShouldBeTrue(demand.Industry);
            achievement
                .Summary.Count(c => c is >= '\u4e00' and <= '\u9fff')
                .ShouldBeGreaterThan(achievement.Summary.Length / 2);
            demand.Deadline.ShouldBeGreaterThan(Now);
            demand.Status.ShouldBe("Open");
            achievement.Status.ShouldBe("Published");
        }
    }

    [Fact]
    public void Generated_achievements_pass_the_achievements_api_validation()
    {
        var generator = new ListingGenerator(20261122, Now);
        var validator = new AchievementInputValidator();
        for (var i = 0; i < 500; i++)
        {
            var generated = generator.Achievement(i);
            var a = generated.Snapshot;
            var input = new AchievementInput(
                a.Title,
                a.Summary,
                a.Keywords,
                a.Industry,
                a.TechnologyField,
                a.Maturity,
                a.Patents,
                a.TransferModes,
                a.AskingPrice,
                a.OwnerInstitution,
                a.Region,
                new Contact(generated.ContactName, generated.ContactPhone, null)
            );

            var result = validator.Validate(input);

            result.IsValid.ShouldBeTrue($"achievement {i}: {string.Join("; ", result.Errors)}");
        }
    }

    [Fact]
    public void The_vocabulary_keeps_growing_with_the_market()
    {
        var generator = new ListingGenerator(20261122, Now);
        var terms = new HashSet<string>();
        var growth = new List<int>();
        for (var i = 0; i < 4000; i++)
        {
            var text = generator.Achievement(i).Snapshot.Summary;
            for (var c = 0; c + 1 < text.Length; c++)
            {
                terms.Add(text.Substring(c, 2));
            }

            if (i is 999 or 3999)
            {
                growth.Add(terms.Count);
            }
        }

        // Four times the listings, well over half again the distinct bigrams: a long tail, not a closed word list.
        growth[1].ShouldBeGreaterThan((int)(growth[0] * 1.5));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(10)]
    [InlineData(1000)]
    public void Zipf_draws_stay_in_range_and_favour_the_first_ranks(int count)
    {
        var random = new Random(3);
        var draws = Enumerable.Range(0, 10_000).Select(_ => ListingGenerator.ZipfIndex(count, random)).ToList();

        draws.ShouldAllBe(d => d >= 0 && d < count);
        if (count > 1)
        {
            draws.Count(d => d == 0).ShouldBeGreaterThan(draws.Count(d => d == count - 1));
        }
    }

    private static string Json<T>(T value) => JsonSerializer.Serialize(value);
}
