using FluentValidation;
using FluentValidation.Results;

namespace JjjMatch.BuildingBlocks.Import;

/// <summary>
/// Import validators are the API's validators with a few documented relaxations: they run the API's rules and
/// drop only the failures a relaxation allows, so every other rule stays exactly the API's.
/// </summary>
public static class ImportValidation
{
    public static IRuleBuilderOptionsConditions<TCommand, TInput> SatisfiesApiRulesExcept<TCommand, TInput>(
        this IRuleBuilder<TCommand, TInput> rule, IValidator<TInput> apiRules, Func<TInput, ValidationFailure, bool> relaxed) =>
        rule.Custom((input, context) =>
        {
            if (input is null)
            {
                return;
            }

            foreach (var failure in apiRules.Validate(input).Errors.Where(failure => !relaxed(input, failure)))
            {
                context.AddFailure(failure);
            }
        });

    /// <summary>The placeholder contact has a name only; a real contact must pass the API's rules.</summary>
    public static bool IsPlaceholderContactFailure(object? contact, ValidationFailure failure) =>
        Equals(contact, ImportPlaceholders.Contact) && failure.PropertyName.StartsWith("Contact", StringComparison.Ordinal);
}
