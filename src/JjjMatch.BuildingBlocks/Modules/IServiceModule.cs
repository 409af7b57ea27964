using MassTransit;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace JjjMatch.BuildingBlocks.Modules;

/// <summary>One service (achievements, demands, matching) as the host sees it: it can host any subset.</summary>
public interface IServiceModule
{
    /// <summary>The lower-case name used by <c>--services</c>, in queue names and as the database name.</summary>
    string Name { get; }

    void AddServices(IServiceCollection services, IConfiguration configuration);

    void AddConsumers(IBusRegistrationConfigurator bus) { }

    void MapEndpoints(IEndpointRouteBuilder endpoints);
}
