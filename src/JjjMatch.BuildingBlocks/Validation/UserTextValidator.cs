using FluentValidation;
using FluentValidation.Results;

namespace JjjMatch.BuildingBlocks.Validation;

/// <summary>
/// Applies <see cref="UserText"/> to every string of a request, whatever its validator says;
/// <see cref="ValidationBehavior{TRequest,TResponse}"/> runs it before the request's own validators.
/// </summary>
public sealed class UserTextValidator<T> : AbstractValidator<T>
{
    public static readonly UserTextValidator<T> Instance = new();

    private UserTextValidator()
    {
        RuleFor(request => request)
            .Custom(
                (request, context) =>
                {
                    foreach (var (path, text) in TextFields.Of(request))
                    {
                        if (UserText.Problem(text) is { } problem)
                        {
                            context.AddFailure(
                                new ValidationFailure(path, problem.ToString()) { ErrorCode = "UserText" }
                            );
                        }
                    }
                }
            );
    }
}
