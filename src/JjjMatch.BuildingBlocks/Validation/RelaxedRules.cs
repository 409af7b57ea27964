using FluentValidation;
using FluentValidation.Results;

namespace JjjMatch.BuildingBlocks.Validation;

/// <summary>
/// A validator that is another validator with a few documented relaxations (the import commands: the API's rules minus
/// what market listings lack): it runs the other rules and drops only the failures a relaxation allows, so every other
/// rule stays exactly the same.
/// </summary>
public static class RelaxedRules
{
    public static IRuleBuilderOptionsConditions<TCommand, TInput> SatisfiesApiRulesExcept<TCommand, TInput>(
        this IRuleBuilder<TCommand, TInput> rule,
        IValidator<TInput> apiRules,
        Func<TInput, ValidationFailure, bool> relaxed
    ) =>
        rule.Custom(
            (input, context) =>
            {
                if (input is null)
                {
                    return;
                }

                foreach (var failure in apiRules.Validate(input).Errors.Where(failure => !relaxed(input, failure)))
                {
                    context.AddFailure(failure);
                }
            }
        );
}
