using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace JjjMatch.BuildingBlocks.Persistence;

public static class PropertyBuilderExtensions
{
    public static PropertyBuilder<List<T>> HasJsonConversion<T>(this PropertyBuilder<List<T>> property) =>
        property.HasConversion(new JsonListConverter<T>(), new ListComparer<T>());
}
