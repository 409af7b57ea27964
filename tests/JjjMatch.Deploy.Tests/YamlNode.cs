using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.Serialization;

namespace JjjMatch.Deploy.Tests;

/// <summary>Read-only view of a parsed YAML value; a missing key gives a node whose Value is null.</summary>
internal sealed record YamlNode(object? Value)
{
    public YamlNode this[string key] =>
        new(Value is IDictionary<object, object?> map && map.TryGetValue(key, out var child) ? child : null);

    public bool Exists => Value is not null;

    public string? Text => Value as string;

    public IEnumerable<KeyValuePair<string, YamlNode>> Entries =>
        Value is IDictionary<object, object?> map
            ? map.Select(e => KeyValuePair.Create((string)e.Key, new YamlNode(e.Value)))
            : [];

    public IEnumerable<YamlNode> Items => Value is IList<object?> list ? list.Select(v => new YamlNode(v)) : [];

    /// <summary>
    /// Every document of a file, with merge keys (&lt;&lt;: *anchor) applied as Compose applies them.
    /// </summary>
    public static IReadOnlyList<YamlNode> LoadAll(string path)
    {
        using var reader = File.OpenText(path);
        var parser = new MergingParser(new Parser(reader));
        var deserializer = new DeserializerBuilder().Build();
        parser.Consume<StreamStart>();
        var documents = new List<YamlNode>();
        while (!parser.Accept<StreamEnd>(out _))
        {
            var document = deserializer.Deserialize<object?>(parser);
            if (document is not null)
            {
                documents.Add(new YamlNode(document));
            }
        }

        return documents;
    }
}
