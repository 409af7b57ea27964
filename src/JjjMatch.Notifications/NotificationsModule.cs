using JjjMatch.BuildingBlocks.Mediation;
using JjjMatch.BuildingBlocks.Messaging;
using JjjMatch.BuildingBlocks.Modules;
using JjjMatch.BuildingBlocks.Persistence;
using JjjMatch.BuildingBlocks.Settings;
using JjjMatch.Notifications.Features;
using JjjMatch.Notifications.Features.Events;
using JjjMatch.Notifications.Features.Inbox;
using JjjMatch.Notifications.Features.Listings;
using JjjMatch.Notifications.Features.Recipients;
using JjjMatch.Notifications.Features.SavedSearches;
using JjjMatch.Notifications.Features.Webhooks;
using JjjMatch.Notifications.Persistence;
using MassTransit;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace JjjMatch.Notifications;

/// <summary>
/// Tells organisations what concerns them without polling: events become notifications in an in-app inbox and signed
/// webhook deliveries; saved searches fire on new and changed listings (docs/notifications.md).
/// </summary>
public sealed class NotificationsModule : IServiceModule
{
    public string Name => "notifications";

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddServiceDatabase<NotificationsDbContext>(configuration, "Notifications");
        services.AddMediationFrom(typeof(NotificationsModule).Assembly);
        services.AddSettings<NotificationsOptions>(configuration, NotificationsOptions.Section);
        services.AddSettings<WebhookOptions>(configuration, WebhookOptions.Section);
        var webhooks = configuration.GetSettings<WebhookOptions>(WebhookOptions.Section);
        var allowPrivate = webhooks.AllowPrivateTargets ?? HostShape.Of(configuration).IsEmbeddedDefault;
        services.AddSingleton(new WebhookTargetPolicy(allowPrivate));
        services
            .AddHttpClient<WebhookSender>(client => client.Timeout = webhooks.Timeout)
            .ConfigurePrimaryHttpMessageHandler(() => WebhookSender.Handler(allowPrivate));
        services.AddSingleton<WebhookSignal>();
        services.AddSingleton<SavedSearchIndex>();
        services.AddSingleton<SavedSearchSync>();
        services.AddScoped<Notifier>();
        services.AddScoped<ListingCopies>();
        services.AddScoped<SavedSearchFiring>();
        services.AddScoped<MatchAnnouncer>();
        services.AddScoped<ListingEventHandler>();
        services.AddScoped<RecipientRecorder>();
        services.AddSingleton<WebhookDispatcher>();
        services.AddHostedService(provider => provider.GetRequiredService<WebhookDispatcher>());
        services.AddSingleton<ReminderWorker>();
        services.AddHostedService(provider => provider.GetRequiredService<ReminderWorker>());
    }

    public void AddConsumers(IBusRegistrationConfigurator bus)
    {
        bus.AddConsumer<AchievementEventsConsumer, ServiceConsumerDefinition<AchievementEventsConsumer>>();
        bus.AddConsumer<DemandEventsConsumer, ServiceConsumerDefinition<DemandEventsConsumer>>();
        bus.AddConsumer<MatchEventsConsumer, ServiceConsumerDefinition<MatchEventsConsumer>>();
        bus.AddConsumer<ApplicationEventsConsumer, ServiceConsumerDefinition<ApplicationEventsConsumer>>();
        bus.AddConsumer<OrganisationReviewConsumer, ServiceConsumerDefinition<OrganisationReviewConsumer>>();
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints) => endpoints.MapNotificationEndpoints();
}
