using FluentValidation;
using JjjMatch.BuildingBlocks.Http;
using JjjMatch.Notifications.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace JjjMatch.Notifications.Features.Recipients;

/// <summary>The organisation's own threshold: suggestions scoring below it are not notified.</summary>
public sealed record NotificationSettingsResponse(double MinimumScore);

public sealed record GetNotificationSettings : IRequest<NotificationSettingsResponse>;

public sealed record SettingsInput(double? MinimumScore);

public sealed record UpdateNotificationSettings(SettingsInput Body) : IRequest<NotificationSettingsResponse>;

public sealed class UpdateNotificationSettingsValidator : AbstractValidator<UpdateNotificationSettings>
{
    public UpdateNotificationSettingsValidator() =>
        RuleFor(c => c.Body.MinimumScore)
            .NotNull()
            .InclusiveBetween(0, 1)
            .OverridePropertyName("minimumScore")
            .WithMessage("minimumScore must be between 0 and 1 / 阈值须在 0 到 1 之间.");
}

public sealed class NotificationSettingsHandler(NotificationsDbContext db, CurrentUser user)
    : IRequestHandler<GetNotificationSettings, NotificationSettingsResponse>,
        IRequestHandler<UpdateNotificationSettings, NotificationSettingsResponse>
{
    public async Task<NotificationSettingsResponse> Handle(
        GetNotificationSettings request,
        CancellationToken cancellationToken
    )
    {
        var organisation = user.RequireOrganisation();
        var recipient = await db
            .Recipients.AsNoTracking()
            .FirstOrDefaultAsync(r => r.OrganisationId == organisation, cancellationToken);
        return new NotificationSettingsResponse(recipient?.MinimumScore ?? 0);
    }

    public async Task<NotificationSettingsResponse> Handle(
        UpdateNotificationSettings request,
        CancellationToken cancellationToken
    )
    {
        var organisation = user.RequireOrganisation();
        // The endpoint filter recorded the caller before this ran.
        var recipient = await db.Recipients.FirstAsync(r => r.OrganisationId == organisation, cancellationToken);
        recipient.MinimumScore = request.Body.MinimumScore!.Value;
        await db.SaveChangesAsync(cancellationToken);
        return new NotificationSettingsResponse(recipient.MinimumScore);
    }
}
