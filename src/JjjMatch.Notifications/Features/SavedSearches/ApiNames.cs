using System.Text.Json;
using JjjMatch.BuildingBlocks.Validation;

namespace JjjMatch.Notifications.Features.SavedSearches;

/// <summary>
/// Enum values as the API spells them (camelCase: <c>beijing</c>, <c>assignment</c>), the one form stored, echoed
/// and compared, so a saved search reads back what was sent and meets the listing copies on equal terms.
/// </summary>
public static class ApiNames
{
    public static string Of<TEnum>(TEnum value)
        where TEnum : struct, Enum => JsonNamingPolicy.CamelCase.ConvertName(value.ToString());

    /// <summary>Any accepted spelling (input is case-insensitive) in the API's form; null stays null.</summary>
    public static string? Normalise<TEnum>(string? text)
        where TEnum : struct, Enum => EnumRules.Parse<TEnum>(text) is { } value ? Of(value) : null;
}
