using FluentValidation;
using FluentValidation.Results;
using MediatR;

namespace JjjMatch.BuildingBlocks.Validation;

/// <summary>
/// Runs the text rule on every string of a request, then every validator of the request, before its handler; a
/// failure never reaches the database.
/// </summary>
public sealed class ValidationBehavior<TRequest, TResponse>(IEnumerable<IValidator<TRequest>> validators)
    : IPipelineBehavior<TRequest, TResponse>
{
    public async Task<TResponse> Handle(
        TRequest request,
        CancellationToken cancellationToken,
        RequestHandlerDelegate<TResponse> next
    )
    {
        var failures = new List<ValidationFailure>(
            (await UserTextValidator<TRequest>.Instance.ValidateAsync(request, cancellationToken)).Errors
        );
        // Once a field is not text, its length or format rules would only repeat the problem in other words.
        // Compared as JSON paths: a validator of the body alone names "Title" what the request names "Body.Title".
        var notText = failures
            .Select(f => Http.FieldNames.ToJsonPath(f.PropertyName))
            .ToHashSet(StringComparer.Ordinal);
        foreach (var validator in validators)
        {
            var result = await validator.ValidateAsync(new ValidationContext<TRequest>(request), cancellationToken);
            failures.AddRange(result.Errors.Where(f => !notText.Contains(Http.FieldNames.ToJsonPath(f.PropertyName))));
        }

        if (failures.Count > 0)
        {
            throw new ValidationException(failures);
        }

        return await next();
    }
}
