using System.Net.Http.Headers;
using JjjMatch.BuildingBlocks.Auth;
using MassTransit;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace JjjMatch.Testing;

/// <summary>
/// The real host, in memory, without demo data, on fresh databases of the chosen provider (or on given
/// ones, which then outlive the host so that a service can be stopped and started again on its data).
/// </summary>
public class JjjMatchFactory : WebApplicationFactory<Program>
{
    private readonly ServiceDatabases databases;
    private readonly bool ownsDatabases;
    private readonly string? services;
    private readonly IReadOnlyDictionary<string, string> settings;
    private IHost? created;

    public JjjMatchFactory(DatabaseTarget target, string? services = null)
        : this(new ServiceDatabases(target), services, new Dictionary<string, string>(), ownsDatabases: true) { }

    public JjjMatchFactory(DatabaseTarget target, string? services, IReadOnlyDictionary<string, string> settings)
        : this(new ServiceDatabases(target), services, settings, ownsDatabases: true) { }

    public JjjMatchFactory(ServiceDatabases databases, string services, IReadOnlyDictionary<string, string> settings)
        : this(databases, services, settings, ownsDatabases: false) { }

    private JjjMatchFactory(
        ServiceDatabases databases,
        string? services,
        IReadOnlyDictionary<string, string> settings,
        bool ownsDatabases
    )
    {
        this.databases = databases;
        this.services = services;
        this.settings = settings;
        this.ownsDatabases = ownsDatabases;
    }

    public DatabaseTarget Target => databases.Target;

    /// <summary>The databases (and the accounts service's keys and mail folder) this host runs on.</summary>
    public ServiceDatabases Databases => databases;

    /// <summary>Changes to the host's services, made before it starts (e.g. an observer on its bus).</summary>
    public Action<IServiceCollection>? TestServices { get; init; }

    /// <summary>
    /// True: demo accounts, demo data and the browsable API are left to what the shape makes of them, as on a real
    /// server. False (the tests' default): demo accounts and demo data off, the browsable API on, in every shape.
    /// </summary>
    protected virtual bool KeepsShapeDefaults => false;

    /// <summary>
    /// A client that sends <paramref name="account"/>'s bearer token with every request; <c>CreateClient()</c> sends
    /// none.
    /// </summary>
    public HttpClient CreateClient(Account account)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", TokenFor(account));
        return client;
    }

    /// <summary>
    /// A token signed by this host's key, as the token command or the demo token endpoint would issue it.
    /// </summary>
    public string TokenFor(Account account) => Services.GetRequiredService<TokenIssuer>().Issue(account).AccessToken;

    /// <summary>
    /// Runs <paramref name="action"/> with a service from a fresh scope, e.g. a DbContext to check what was stored.
    /// </summary>
    public async Task<TResult> WithScopeAsync<TService, TResult>(Func<TService, Task<TResult>> action)
        where TService : notnull
    {
        await using var scope = Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<TService>());
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        foreach (var (key, value) in databases.Settings())
        {
            builder.UseSetting(key, value);
        }

        if (!KeepsShapeDefaults)
        {
            builder.UseSetting("DemoData:Enabled", "false");
            builder.UseSetting("Auth:DemoAccounts", "false");
            builder.UseSetting("Swagger:Enabled", "true");
        }

        builder.UseSetting("Bus:Transport", "InMemory");
        builder.UseSetting("Auth:SigningKey", TestAccounts.SigningKey);
        // Tests send many requests with one token; the rate-limit tests lower this again.
        builder.UseSetting("RateLimiting:PermitLimit", "0");
        builder.UseSetting("Accounts:SensitivePermitLimit", "0");
        // TestServer speaks plain HTTP; the token server refuses it outside the embedded default unless told.
        builder.UseSetting("Accounts:RequireHttps", "false");
        // Catch-up would refresh the listings tests seed straight into the matcher's tables; the tests of it turn it
        // on.
        builder.UseSetting("Matching:CatchUpInterval", "00:00:00");
        if (services is not null)
        {
            builder.UseSetting("Services", services);
        }

        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }

        if (TestServices is not null)
        {
            builder.ConfigureTestServices(TestServices);
        }
    }

    /// <summary>
    /// Stops the host's bus before the host: disposing the factory stops the host, which wakes the application's own
    /// <c>RunAsync</c> into a second stop and then disposes the services as soon as that returns, and MassTransit
    /// returns from a second stop at once. A message being consumed would then lose its services and go to the error
    /// queue, where a server's single stop lets it finish.
    /// </summary>
    public override async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref created, null) is { } host)
        {
            await host.Services.GetRequiredService<IBusControl>().StopAsync(CancellationToken.None);
        }

        await base.DisposeAsync();
        GC.SuppressFinalize(this);
    }

    protected override IHost CreateHost(IHostBuilder builder)
    {
        created = base.CreateHost(builder);
        return created;
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && ownsDatabases)
        {
            databases.Dispose();
        }
    }
}
