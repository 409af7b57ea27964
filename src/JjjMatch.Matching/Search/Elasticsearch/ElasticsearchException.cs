namespace JjjMatch.Matching.Search.Elasticsearch;

public sealed class ElasticsearchException(string message) : Exception(message);
