using JjjMatch.BuildingBlocks.Health;
using JjjMatch.BuildingBlocks.Mediation;
using JjjMatch.BuildingBlocks.Messaging;
using JjjMatch.BuildingBlocks.Modules;
using JjjMatch.BuildingBlocks.Persistence;
using JjjMatch.BuildingBlocks.Settings;
using JjjMatch.Matching.Brokerage.Deals;
using JjjMatch.Matching.Brokerage.Review;
using JjjMatch.Matching.Brokerage.Stats;
using JjjMatch.Matching.Engine;
using JjjMatch.Matching.Engine.Consumers;
using JjjMatch.Matching.Engine.Indexing;
using JjjMatch.Matching.Engine.Listings;
using JjjMatch.Matching.Engine.Matches;
using JjjMatch.Matching.Engine.Scoring;
using JjjMatch.Matching.Engine.Search;
using JjjMatch.Matching.Engine.Search.Elasticsearch;
using JjjMatch.Matching.Engine.Search.Lucene;
using JjjMatch.Matching.Engine.Suggestions;
using JjjMatch.Matching.Persistence;
using MassTransit;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace JjjMatch.Matching;

/// <summary>
/// The matching service: its engine keeps its own copy of both sides of the market, indexes them and suggests matches;
/// its brokerage lets brokers review the suggestions, and records deals and statistics.
/// </summary>
public sealed class MatchingModule : IServiceModule
{
    public string Name => "matching";

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddServiceDatabase<MatchingDbContext>(configuration, "Matching");
        services.AddMediationFrom(typeof(MatchingModule).Assembly);
        services.AddSettings<MatchingOptions>(configuration, MatchingOptions.Section);
        services.AddSingleton(provider => new MatchScorer(
            provider.GetRequiredService<IOptions<MatchingOptions>>().Value
        ));
        services.AddScoped<IMatchProfileSource, DatabaseMatchProfiles>();
        services.AddScoped<MatchFinder>();
        services.AddScoped<SuggestionWriter>();
        services.AddScoped<ListingIndexer>();
        services.AddScoped<ListingEventApplier>();
        var search = configuration.GetSettings<SearchOptions>(SearchOptions.Section);
        var database = configuration.GetSettings<DatabaseOptions>(DatabaseOptions.Section);
        if (
            search.Provider == SearchProvider.Embedded
            && search.EmbeddedDirectory is null
            && database.Provider == DatabaseProvider.Sqlite
        )
        {
            // Kept beside the SQLite files unless set otherwise (empty: memory only): a restart opens the file
            // instead of analysing every listing again, and postings are read from the mapped file, not the heap.
            // Not with a server database, whose replicas may share a data directory: each needs its own folder.
            search.EmbeddedDirectory = Path.Combine(database.DataDirectory, "matching-index");
        }

        AddIndex(services, search);
        services.AddSingleton(search);
        if (search.Provider == SearchProvider.Embedded && !string.IsNullOrWhiteSpace(search.EmbeddedDirectory))
        {
            services.AddSingleton(provider => new IndexStore(
                search.EmbeddedDirectory,
                provider.GetRequiredService<ILogger<IndexStore>>()
            ));
            services.AddSingleton<IKeptIndex>(provider => new EmbeddedIndexFile(
                provider.GetRequiredService<EmbeddedIndex>(),
                provider.GetRequiredService<IndexStore>()
            ));
        }

        if (search.Provider == SearchProvider.Lucene && !string.IsNullOrWhiteSpace(search.EmbeddedDirectory))
        {
            services.AddSingleton<IKeptIndex>(provider => provider.GetRequiredService<LuceneListingIndex>());
        }

        services.AddSingleton<IndexLoader>();
        services.AddHostedService(provider => provider.GetRequiredService<IndexLoader>());
        services.AddHostedService<MarketCatchUp>();
        services.AddHealthChecks().AddCheck<IndexLoader>("matching-index", tags: [HealthTags.Ready]);
    }

    public void AddConsumers(IBusRegistrationConfigurator bus)
    {
        bus.AddConsumer<AchievementEventsConsumer, ServiceConsumerDefinition<AchievementEventsConsumer>>();
        bus.AddConsumer<DemandEventsConsumer, ServiceConsumerDefinition<DemandEventsConsumer>>();
        bus.AddConsumer<
            Engine.Standing.OrganisationStandingConsumer,
            ServiceConsumerDefinition<Engine.Standing.OrganisationStandingConsumer>
        >();
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapMatchEndpoints();
        endpoints.MapReviewEndpoints();
        endpoints.MapMatcherStatusEndpoint();
        endpoints.MapDealEndpoints();
        endpoints.MapStatsEndpoints();
    }

    /// <summary>The configured index; wrong Elasticsearch settings stop the host here, each named.</summary>
    public static IListingIndex CreateIndex(SearchOptions options) =>
        options.Provider switch
        {
            SearchProvider.Elasticsearch => new ElasticsearchListingIndex(options.Elasticsearch),
            SearchProvider.Lucene => new LuceneListingIndex(
                string.IsNullOrWhiteSpace(options.EmbeddedDirectory) ? null : options.EmbeddedDirectory
            ),
            _ => new EmbeddedIndex(),
        };

    private static void AddIndex(IServiceCollection services, SearchOptions options)
    {
        var index = CreateIndex(options);
        services.AddSingleton(index);
        if (index is EmbeddedIndex embedded)
        {
            services.AddSingleton(embedded);
        }

        if (index is LuceneListingIndex lucene)
        {
            services.AddSingleton(lucene);
        }

        if (index is ElasticsearchListingIndex elasticsearch)
        {
            services.AddSingleton(elasticsearch);
            services
                .AddHealthChecks()
                .AddCheck<ElasticsearchHealthCheck>(ElasticsearchHealthCheck.Name, tags: ["ready"]);
        }
    }
}
