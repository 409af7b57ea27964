using FluentValidation;
using JjjMatch.BuildingBlocks.Validation;
using JjjMatch.Matching.Engine.Matches;
using MediatR;

namespace JjjMatch.Matching.Brokerage.Review;

/// <summary>A broker takes a suggested pair for review (认领); nobody else may decide it until it is released.</summary>
public sealed record ClaimMatch(Guid Id, int? ExpectedVersion) : IRequest<MatchResponse>;

/// <summary>The claiming broker hands the pair back to the queue (释放).</summary>
public sealed record ReleaseMatch(Guid Id, int? ExpectedVersion) : IRequest<MatchResponse>;

/// <summary>The claiming broker makes the introduction (撮合成功): both sides may now see each other's contacts.</summary>
public sealed record AcceptMatch(Guid Id, int? ExpectedVersion) : IRequest<MatchResponse>;

/// <summary>The claiming broker turns the pair down (驳回) with a structured reason that reaches both posters.</summary>
public sealed record RejectMatch(Guid Id, int? ExpectedVersion, RejectMatchInput Body) : IRequest<MatchResponse>;

/// <summary>
/// reason: notRelevant | tooEarlyStage | price | intellectualProperty | region | duplicate | other (a note is then
/// required).
/// </summary>
public sealed record RejectMatchInput(string? Reason, string? Note);

public sealed class RejectMatchValidator : AbstractValidator<RejectMatch>
{
    public RejectMatchValidator()
    {
        RuleFor(r => r.Body.Reason)
            .NotEmpty()
            .WithMessage("Give a reason / 请选择驳回理由.")
            .IsEnumName<RejectMatch, RejectionReason>();
        RuleFor(r => r.Body.Note)
            .NotEmpty()
            .When(r => EnumRules.Parse<RejectionReason>(r.Body.Reason) == RejectionReason.Other)
            .WithMessage("Reason 'other' needs a note / 选择“其他”时须填写说明.");
        RuleFor(r => r.Body.Note)
            .Characters(1, MatchDecisionLimits.NoteLength)
            .When(r => !string.IsNullOrEmpty(r.Body.Note));
    }
}
