using System.Reflection;
using FluentValidation;
using JjjMatch.BuildingBlocks.Validation;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace JjjMatch.BuildingBlocks.Mediation;

public static class MediationRegistration
{
    /// <summary>
    /// Registers MediatR 5 (the newest version this registry restores), the validation behaviour,
    /// and every request handler and FluentValidation validator found in <paramref name="assembly"/>.
    /// </summary>
    public static IServiceCollection AddMediationFrom(this IServiceCollection services, Assembly assembly)
    {
        ValidationConventions.Apply();
        services.TryAddScoped<ServiceFactory>(provider => type => provider.GetService(type)!);
        services.TryAddScoped<IMediator, Mediator>();
        services.TryAddEnumerable(
            ServiceDescriptor.Scoped(typeof(IPipelineBehavior<,>), typeof(ValidationBehavior<,>))
        );

        foreach (
            var type in assembly
                .GetTypes()
                .Where(t => t is { IsClass: true, IsAbstract: false, IsGenericTypeDefinition: false })
        )
        {
            foreach (
                var contract in type.GetInterfaces()
                    .Where(i => i.IsGenericType && IsScanned(i.GetGenericTypeDefinition()))
            )
            {
                services.Add(new ServiceDescriptor(contract, type, LifetimeOf(contract, type)));
            }
        }

        return services;
    }

    /// <summary>
    /// A validator builds its rules in its constructor, the costly part of validating (a quarter of a create's CPU in
    /// the writes benchmark): one that needs nothing from the request's scope is built once.
    /// </summary>
    private static ServiceLifetime LifetimeOf(Type contract, Type type) =>
        contract.GetGenericTypeDefinition() == typeof(IValidator<>)
        && type.GetConstructors().All(c => c.GetParameters().All(p => p.ParameterType == typeof(TimeProvider)))
            ? ServiceLifetime.Singleton
            : ServiceLifetime.Scoped;

    private static bool IsScanned(Type openContract) =>
        openContract == typeof(IRequestHandler<,>) || openContract == typeof(IValidator<>);
}
