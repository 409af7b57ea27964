using JjjMatch.BuildingBlocks.Mediation;
using JjjMatch.BuildingBlocks.Messaging;
using JjjMatch.BuildingBlocks.Modules;
using JjjMatch.BuildingBlocks.Persistence;
using JjjMatch.Matching.Consumers;
using JjjMatch.Matching.Features;
using JjjMatch.Matching.Indexing;
using JjjMatch.Matching.Listings;
using JjjMatch.Matching.Persistence;
using JjjMatch.Matching.Scoring;
using JjjMatch.Matching.Search;
using JjjMatch.Matching.Search.Elasticsearch;
using JjjMatch.Matching.Suggestions;
using MassTransit;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace JjjMatch.Matching;

/// <summary>Keeps its own copy of both sides of the market, indexes them and suggests matches.</summary>
public sealed class MatchingModule : IServiceModule
{
    public string Name => "matching";

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddServiceDatabase<MatchingDbContext>(configuration, "Matching");
        services.AddMediationFrom(typeof(MatchingModule).Assembly);
        services.Configure<MatchingOptions>(configuration.GetSection(MatchingOptions.Section));
        services.AddSingleton(provider => new MatchScorer(provider.GetRequiredService<IOptions<MatchingOptions>>().Value));
        services.AddScoped<IMatchProfileSource, DatabaseMatchProfiles>();
        services.AddScoped<MatchFinder>();
        services.AddScoped<SuggestionWriter>();
        services.AddScoped<ListingIndexer>();
        services.AddSingleton(CreateIndex(configuration.GetSection(SearchOptions.Section).Get<SearchOptions>() ?? new SearchOptions()));
        services.AddSingleton<IndexLoader>();
        services.AddHostedService(provider => provider.GetRequiredService<IndexLoader>());
        services.AddHostedService<MarketCatchUp>();
        services.AddHealthChecks().AddCheck<IndexLoader>("matching-index", tags: ["ready"]);
    }

    public void AddConsumers(IBusRegistrationConfigurator bus)
    {
        bus.AddConsumer<AchievementEventsConsumer, ServiceConsumerDefinition<AchievementEventsConsumer>>();
        bus.AddConsumer<DemandEventsConsumer, ServiceConsumerDefinition<DemandEventsConsumer>>();
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints) => endpoints.MapMatchingEndpoints();

    public static IListingIndex CreateIndex(SearchOptions options) => options.Provider == SearchProvider.Elasticsearch
        ? new ElasticsearchListingIndex(
            new HttpClient { BaseAddress = new Uri(options.Elasticsearch.Url.TrimEnd('/') + "/") },
            new ElasticsearchOptions { IndexPrefix = options.Elasticsearch.IndexPrefix })
        : new EmbeddedIndex();
}
