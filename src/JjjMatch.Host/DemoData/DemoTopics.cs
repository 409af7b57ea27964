using System.Text.Json;

namespace JjjMatch.Host.DemoData;

/// <summary>A technology topic of one industry, in Chinese and English, with its keywords.</summary>
public sealed record DemoTopic(string Industry, string Chinese, string English, string[] Keywords);

/// <summary>Topics per industry for generating believable demo listings (demo-topics.json, embedded).</summary>
public static class DemoTopics
{
    private const string Resource = "JjjMatch.Host.DemoData.demo-topics.json";

    public static IReadOnlyList<DemoTopic> All { get; } = Load();

    private static List<DemoTopic> Load()
    {
        using var stream = typeof(DemoTopics).Assembly.GetManifestResourceStream(Resource)!;
        return JsonSerializer.Deserialize<List<DemoTopic>>(stream, JsonSerializerOptions.Web)!;
    }
}
