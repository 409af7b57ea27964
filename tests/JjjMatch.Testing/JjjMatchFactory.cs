using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace JjjMatch.Testing;

/// <summary>The real host, in memory, on fresh databases of the chosen provider, without demo data.</summary>
public class JjjMatchFactory(DatabaseTarget target, string? services = null) : WebApplicationFactory<Program>
{
    private readonly ServiceDatabases databases = new(target);

    public DatabaseTarget Target => target;

    /// <summary>Runs <paramref name="action"/> with a service from a fresh scope, e.g. a DbContext to check what was stored.</summary>
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

        builder.UseSetting("DemoData:Enabled", "false");
        builder.UseSetting("Bus:Transport", "InMemory");
        if (services is not null)
        {
            builder.UseSetting("Services", services);
        }

        ConfigureSettings(builder);
    }

    protected virtual void ConfigureSettings(IWebHostBuilder builder)
    {
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            databases.Dispose();
        }
    }
}
