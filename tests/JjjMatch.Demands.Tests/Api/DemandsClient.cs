using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using JjjMatch.BuildingBlocks.Http;
using JjjMatch.BuildingBlocks.Outbox;
using JjjMatch.Contracts;
using JjjMatch.Contracts.Shared;
using JjjMatch.Demands.Domain;
using JjjMatch.Demands.Features.Expiry;
using JjjMatch.Demands.Persistence;
using JjjMatch.Testing;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace JjjMatch.Demands.Tests.Api;

/// <summary>Thin helpers over HttpClient for the demands endpoints, plus a look at what the host stored.</summary>
public sealed class DemandsClient(DemandsHost host)
{
    public static readonly JsonSerializerOptions Json = CreateJson();

    public HttpClient Http { get; } = host.CreateClient(TestAccounts.Enterprise);

    /// <summary>Applies to the enterprise's demands: an enterprise may not apply to its own open list.</summary>
    public HttpClient Applicant { get; } = host.CreateClient(TestAccounts.University);

    /// <summary>A deadline this many days after the host's clock.</summary>
    public DateTimeOffset InDays(double days) => host.Clock.GetUtcNow().AddDays(days);

    /// <summary>
    /// When a <see cref="Sample"/> due in <paramref name="days"/> closes: the end of that Beijing day.
    /// </summary>
    public DateTimeOffset ClosesAt(double days) => new(BeijingTime.EndOf(BeijingTime.DateOf(InDays(days).UtcDateTime)));

    /// <summary>How far the clock must move for a <see cref="Sample"/> due in <paramref name="days"/> to close.
    /// </summary>
    public TimeSpan UntilClose(double days) => ClosesAt(days) - host.Clock.GetUtcNow();

    public JsonObject Sample(string title = "高炉煤气余热回收利用技术攻关", double deadlineInDays = 30) =>
        DemandSamples.Valid(InDays(deadlineInDays), title);

    public Task<HttpResponseMessage> CreateAsync(JsonObject body) => Http.PostAsJsonAsync("/api/demands", body);

    public async Task<JsonElement> CreatedAsync(JsonObject body) =>
        await ReadAsync(await CreateAsync(body), HttpStatusCode.Created);

    public async Task<JsonElement> OpenedAsync(JsonObject body)
    {
        var id = Id(await CreatedAsync(body));
        return await PostOkAsync($"/api/demands/{id}/open");
    }

    public Task<HttpResponseMessage> ApplyAsync(Guid demandId, JsonObject body) =>
        Applicant.PostAsJsonAsync($"/api/demands/{demandId}/applications", body);

    public async Task<JsonElement> AppliedAsync(Guid demandId, JsonObject body) =>
        await ReadAsync(await ApplyAsync(demandId, body), HttpStatusCode.Created);

    public Task<HttpResponseMessage> PostAsync(string path) => Http.PostAsync(path, null);

    /// <summary>A step only the applicant takes, e.g. withdrawing its application.</summary>
    public Task<HttpResponseMessage> ApplicantPostAsync(string path) => Applicant.PostAsync(path, null);

    public async Task<JsonElement> ApplicantPostOkAsync(string path) =>
        await ReadAsync(await ApplicantPostAsync(path), HttpStatusCode.OK);

    public async Task<JsonElement> PostOkAsync(string path) =>
        await ReadAsync(await PostAsync(path), HttpStatusCode.OK);

    public async Task<JsonElement> GetAsync(string path) =>
        await ReadAsync(await Http.GetAsync(path), HttpStatusCode.OK);

    public Task<JsonElement> ListAsync(string query) => GetAsync($"/api/demands?{query}");

    public Task<int> ExpireDueAsync() =>
        host.WithScopeAsync<IMediator, int>(mediator => mediator.Send(new ExpireDueDemands()));

    public Task<List<IIntegrationEvent>> OutboxEventsAsync() =>
        host.WithScopeAsync<DemandsDbContext, List<IIntegrationEvent>>(async db =>
            (await db.OutboxMessages.AsNoTracking().OrderBy(m => m.Sequence).ToListAsync())
                .Select(m => IntegrationEventSerializer.FromOutboxMessage(m).Event)
                .ToList()
        );

    /// <summary>The demand as stored, contact and all, whatever the public view shows.</summary>
    public Task<Demand> StoredAsync(Guid id) =>
        host.WithScopeAsync<DemandsDbContext, Demand>(db => db.Demands.AsNoTracking().SingleAsync(d => d.Id == id));

    public static Guid Id(JsonElement resource) => resource.GetProperty("id").GetGuid();

    public static string Status(JsonElement resource) => resource.GetProperty("status").GetString()!;

    public static IReadOnlyList<string> Titles(JsonElement page) =>
        page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("title").GetString()!).ToList();

    private static async Task<JsonElement> ReadAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        response.StatusCode.ShouldBe(expected, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>(Json);
    }

    private static JsonSerializerOptions CreateJson()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        ApiJson.Configure(options);
        return options;
    }
}
