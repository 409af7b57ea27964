using FluentValidation;
using JjjMatch.BuildingBlocks.Validation;
using JjjMatch.Contracts.Shared;

namespace JjjMatch.Matching.Brokerage.Deals;

public sealed class DealInputValidator : AbstractValidator<DealInput>
{
    public DealInputValidator(TimeProvider time)
    {
        RuleFor(x => x.ContractType)
            .NotEmpty()
            .Must(t => ContractTypes.Parse(t) is not null)
            .WithMessage($"Use one of: {ContractTypes.Choices} / 合同类型无效.");
        RuleFor(x => x.Amount).NotNull().WithMessage("Give the contract amount in CNY / 请填写合同金额.");
        RuleFor(x => x.Amount!.Value)
            .Must(IsMoney)
            .OverridePropertyName("Amount")
            .When(x => x.Amount is not null)
            .WithMessage(
                $"The amount must be above 0 and at most {MoneyLimits.MaxAmount:0} CNY, in whole fen / 金额须大于 "
                    + "0 且精确到分."
            );
        RuleFor(x => x.TechnologyAmount!.Value)
            .Must(IsMoney)
            .OverridePropertyName("TechnologyAmount")
            .When(x => x.TechnologyAmount is not null)
            .WithMessage(
                "The technology transaction amount must be above 0, in whole fen / 技术交易额须大于 0 且精确到分."
            );
        RuleFor(x => x.TechnologyAmount)
            .LessThanOrEqualTo(x => x.Amount)
            .When(x => x.TechnologyAmount is not null && x.Amount is not null)
            .WithMessage(
                "The technology transaction amount cannot exceed the contract amount / 技术交易额不能超过合同金额."
            );
        RuleFor(x => x.SignedOn)
            .NotNull()
            .WithMessage(
                "Give the signing date, a calendar date yyyy-MM-dd in Beijing time / 请填写签订日期（北京时间 yyyy-MM-dd）."
            )
            .Must(d => d <= BeijingTime.Today(time))
            .WithMessage(_ =>
                $"The signing date cannot be after today, {BeijingTime.Today(time):yyyy-MM-dd} in Beijing time"
                + $" / 签订日期不能晚于今天（北京时间 {BeijingTime.Today(time):yyyy-MM-dd}）."
            );
        RuleFor(x => x.Seller).SetValidator(new PartyInputValidator()!).When(x => x.Seller is not null);
        RuleFor(x => x.Buyer).SetValidator(new PartyInputValidator()!).When(x => x.Buyer is not null);
        RuleFor(x => x.ContractNumber)
            .Characters(1, DealLimits.ContractNumberLength)
            .When(x => x.ContractNumber is not null);
        RuleFor(x => x.Title).Characters(2, DealLimits.TitleLength).When(x => x.Title is not null);
    }

    private static bool IsMoney(decimal amount) =>
        amount > 0 && amount <= MoneyLimits.MaxAmount && decimal.Round(amount, 2) == amount;
}

public sealed class PartyInputValidator : AbstractValidator<PartyInput>
{
    public PartyInputValidator()
    {
        RuleFor(p => p.Name).Characters(2, DealLimits.NameLength).When(p => p.Name is not null);
        RuleFor(p => p.Province).IsEnumName<PartyInput, Province>();
    }
}
