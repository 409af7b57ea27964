using FluentValidation;
using MediatR;

namespace JjjMatch.Matching.Brokerage.Deals;

/// <summary>Records the technology contract signed on an accepted match (POST /api/matches/{id}/deals).</summary>
public sealed record RecordDeal(Guid MatchId, DealInput Body) : IRequest<DealResponse>;

public sealed class RecordDealValidator : AbstractValidator<RecordDeal>
{
    public RecordDealValidator(TimeProvider time) =>
        RuleFor(c => c.Body).NotNull().SetValidator(new DealInputValidator(time));
}
