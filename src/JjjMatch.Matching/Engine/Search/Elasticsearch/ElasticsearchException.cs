namespace JjjMatch.Matching.Engine.Search.Elasticsearch;

public sealed class ElasticsearchException(string message) : Exception(message);
