using System.Globalization;
using FluentValidation;
using FluentValidation.Internal;
using FluentValidation.Results;
using JjjMatch.BuildingBlocks.Http;

namespace JjjMatch.BuildingBlocks.Validation;

/// <summary>
/// How validation speaks to API users: fields by their JSON path in camelCase ("'note'", not "'Body Note'"), one
/// message per field rule (the first failure of a chain: an empty title is "must not be empty", not that and "must
/// be 2 to 100 characters"), English beside Chinese.
/// </summary>
public static class ValidationConventions
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");
    private static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo("zh-CN");
    private static int applied;

    public static void Apply()
    {
        if (Interlocked.Exchange(ref applied, 1) == 1)
        {
            return;
        }

        ValidatorOptions.Global.LanguageManager.Culture = English;
        ValidatorOptions.Global.DefaultRuleLevelCascadeMode = CascadeMode.Stop;
        ValidatorOptions.Global.DisplayNameResolver = (_, member, expression) =>
            expression is not null && PropertyChain.FromExpression(expression).ToString() is { Length: > 0 } chain
                ? FieldNames.ToJsonPath(chain)
            : member is not null ? FieldNames.ToJsonPath(member.Name)
            : null;
    }

    /// <summary>
    /// A failure in both languages: a custom message carries both ("English / 中文"); a built-in one is translated
    /// with FluentValidation's own Chinese text and the same arguments.
    /// </summary>
    public static BilingualMessage Message(ValidationFailure failure)
    {
        var message = BilingualMessage.Split(failure.ErrorMessage);
        if (
            !ReferenceEquals(message.English, message.Chinese) && message.English != message.Chinese
            || failure.ErrorCode is null
            || ValidatorOptions.Global.LanguageManager.GetString(failure.ErrorCode, Chinese) is not { Length: > 0 } zh
        )
        {
            return message;
        }

        var formatter = new MessageFormatter();
        foreach (var (key, value) in failure.FormattedMessagePlaceholderValues ?? [])
        {
            formatter.AppendArgument(key, value);
        }

        return new(message.English, formatter.BuildMessage(zh));
    }
}
