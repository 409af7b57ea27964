using FluentValidation;
using JjjMatch.BuildingBlocks.Domain;
using JjjMatch.BuildingBlocks.Http;
using JjjMatch.BuildingBlocks.Persistence;
using JjjMatch.Notifications.Features.Recipients;
using JjjMatch.Notifications.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace JjjMatch.Notifications.Features.SavedSearches;

public sealed record CreateSavedSearch(SavedSearchInput Body) : IRequest<SavedSearchResponse>;

public sealed record UpdateSavedSearch(Guid Id, SavedSearchInput Body) : IRequest<SavedSearchResponse>;

public sealed record DeleteSavedSearch(Guid Id) : IRequest<Unit>;

public sealed record GetSavedSearch(Guid Id) : IRequest<SavedSearchResponse>;

public sealed record ListSavedSearches(int? Page, int? PageSize) : IRequest<Paged<SavedSearchResponse>>;

public sealed class CreateSavedSearchValidator : AbstractValidator<CreateSavedSearch>
{
    public CreateSavedSearchValidator(CurrentUser user) =>
        RuleFor(c => c.Body).NotNull().SetValidator(new SavedSearchInputValidator(user));
}

public sealed class UpdateSavedSearchValidator : AbstractValidator<UpdateSavedSearch>
{
    public UpdateSavedSearchValidator(CurrentUser user) =>
        RuleFor(c => c.Body).NotNull().SetValidator(new SavedSearchInputValidator(user));
}

public sealed class ListSavedSearchesValidator : AbstractValidator<ListSavedSearches>
{
    public ListSavedSearchesValidator()
    {
        RuleFor(q => q.Page).GreaterThanOrEqualTo(1).When(q => q.Page is not null);
        RuleFor(q => q.PageSize).GreaterThanOrEqualTo(1).When(q => q.PageSize is not null);
    }
}

/// <summary>
/// An organisation's own saved searches. Another organisation's (or a deleted one) is 404: search ids reveal nothing.
/// Every change reaches this process's index at once and the other replicas' before they match their next listing.
/// </summary>
public sealed class SavedSearchCommandsHandler(
    NotificationsDbContext db,
    CurrentUser user,
    TimeProvider time,
    SavedSearchIndex index,
    IOptions<NotificationsOptions> options
)
    : IRequestHandler<CreateSavedSearch, SavedSearchResponse>,
        IRequestHandler<UpdateSavedSearch, SavedSearchResponse>,
        IRequestHandler<DeleteSavedSearch, Unit>,
        IRequestHandler<GetSavedSearch, SavedSearchResponse>,
        IRequestHandler<ListSavedSearches, Paged<SavedSearchResponse>>
{
    public async Task<SavedSearchResponse> Handle(CreateSavedSearch request, CancellationToken cancellationToken)
    {
        var organisation = user.RequireOrganisation();
        var limit = options.Value.MaxSavedSearchesPerOrganisation;
        var count = await db.SavedSearches.CountAsync(
            s => s.OrganisationId == organisation && s.DeletedAt == null,
            cancellationToken
        );
        if (count >= limit)
        {
            throw new ConflictException(
                $"Limit reached: maxSavedSearchesPerOrganisation is {limit}; delete one first / "
                    + $"每个机构最多保存 {limit} 个检索."
            );
        }

        var now = time.GetUtcNow().UtcDateTime;
        var search = new SavedSearch
        {
            Id = Guid.CreateVersion7(),
            OrganisationId = organisation,
            Name = "",
            Side = "",
            Text = "",
            Frequency = "",
            CreatedAt = now,
            UpdatedAt = now,
            Version = 1,
        };
        request.Body.ApplyTo(search, SavedSearchSide.Resolve(user, request.Body.Side));
        db.SavedSearches.Add(search);
        await db.SaveChangesAsync(cancellationToken);
        index.Put(search);
        return SavedSearchResponse.From(search);
    }

    public async Task<SavedSearchResponse> Handle(UpdateSavedSearch request, CancellationToken cancellationToken)
    {
        var search = await FindOwnAsync(request.Id, cancellationToken);
        request.Body.ApplyTo(search, SavedSearchSide.Resolve(user, request.Body.Side));
        search.UpdatedAt = time.GetUtcNow().UtcDateTime;
        search.Version++;
        await db.SaveChangesAsync(cancellationToken);
        index.Put(search);
        return SavedSearchResponse.From(search);
    }

    public async Task<Unit> Handle(DeleteSavedSearch request, CancellationToken cancellationToken)
    {
        var search = await FindOwnAsync(request.Id, cancellationToken);
        var now = time.GetUtcNow().UtcDateTime;
        search.DeletedAt = now;
        search.UpdatedAt = now;
        search.Version++;
        await db.SaveChangesAsync(cancellationToken);
        index.Remove(search.Id);
        return Unit.Value;
    }

    public async Task<SavedSearchResponse> Handle(GetSavedSearch request, CancellationToken cancellationToken) =>
        SavedSearchResponse.From(await FindOwnAsync(request.Id, cancellationToken));

    public Task<Paged<SavedSearchResponse>> Handle(ListSavedSearches q, CancellationToken cancellationToken)
    {
        var organisation = user.RequireOrganisation();
        return db
            .SavedSearches.AsNoTracking()
            .Where(s => s.OrganisationId == organisation && s.DeletedAt == null)
            .ToPagedAsync(
                all => all.OrderByDescending(s => s.CreatedAt).ThenByDescending(s => s.Id),
                q.Page,
                q.PageSize,
                SavedSearchResponse.From,
                cancellationToken
            );
    }

    private async Task<SavedSearch> FindOwnAsync(Guid id, CancellationToken cancellationToken)
    {
        var organisation = user.RequireOrganisation();
        return await db.SavedSearches.FirstOrDefaultAsync(
            s => s.Id == id && s.OrganisationId == organisation && s.DeletedAt == null,
            cancellationToken
        ) ?? throw new NotFoundException("Saved search", id);
    }
}
