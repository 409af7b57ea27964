using System.Text.Json.Nodes;
using JjjMatch.Contracts.Import;
using JjjMatch.Import;

namespace JjjMatch.Host.Tests.Import;

public sealed class ImportKeyHasherTests
{
    [Fact]
    public void The_key_ignores_property_order_and_whitespace_but_not_content()
    {
        var key = Key("""{"name": "久坐卫士", "price": "面议", "nested": {"b": 1, "a": [1, 2]}}""");

        ImportKeys.IsWellFormed(key).ShouldBeTrue();
        Key("""{ "nested":{"a":[1,2],"b":1},"price":"面议","name":"久坐卫士" }""").ShouldBe(key);
        Key("""{"name": "久坐卫士", "price": "面议", "nested": {"b": 1, "a": [2, 1]}}""").ShouldNotBe(key);
        Key("""{"name": "久坐卫士 ", "price": "面议", "nested": {"b": 1, "a": [1, 2]}}""").ShouldNotBe(key);
    }

    [Fact]
    public void The_publish_flag_is_not_part_of_the_listing()
    {
        Key("""{"title": "激光熔覆", "publish": false}""").ShouldBe(Key("""{"title": "激光熔覆"}"""));
        Key("""{"title": "激光熔覆", "inner": {"publish": false}}""")
            .ShouldNotBe(Key("""{"title": "激光熔覆", "inner": {}}"""));
    }

    private static string Key(string json) => ImportKeyHasher.KeyOf(JsonNode.Parse(json)!.AsObject());
}
