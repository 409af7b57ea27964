using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Metadata.Conventions;

namespace JjjMatch.BuildingBlocks.Persistence;

/// <summary>
/// Gives every column stored as text one collation, including enums and lists converted to text (which a
/// <c>Properties&lt;string&gt;()</c> convention would miss): the schema says it, whatever the database default is.
/// </summary>
internal sealed class TextCollationConvention(string collation) : IModelFinalizingConvention
{
    public void ProcessModelFinalizing(
        IConventionModelBuilder modelBuilder,
        IConventionContext<IConventionModelBuilder> context
    )
    {
        foreach (var entityType in modelBuilder.Metadata.GetEntityTypes())
        {
            foreach (var property in entityType.GetDeclaredProperties().Concat(ComplexProperties(entityType)))
            {
                if (StoredAsText(property))
                {
                    property.Builder.UseCollation(collation);
                }
            }
        }
    }

    private static IEnumerable<IConventionProperty> ComplexProperties(IConventionTypeBase type) =>
        type.GetDeclaredComplexProperties()
            .SelectMany(complex =>
                complex.ComplexType.GetDeclaredProperties().Concat(ComplexProperties(complex.ComplexType))
            );

    private static bool StoredAsText(IConventionProperty property) =>
        (property.GetValueConverter()?.ProviderClrType ?? property.GetProviderClrType() ?? property.ClrType)
        == typeof(string);
}
