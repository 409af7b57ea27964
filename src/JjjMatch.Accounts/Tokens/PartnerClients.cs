using System.Security.Cryptography;
using System.Text.Json;
using FluentValidation;
using JjjMatch.Accounts.Persistence;
using JjjMatch.BuildingBlocks.Domain;
using MediatR;
using Microsoft.EntityFrameworkCore;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace JjjMatch.Accounts.Tokens;

/// <summary>
/// A partner system that imports listings for one organisation: a confidential client (client credentials) whose
/// tokens speak for that organisation under a subject of its own. The secret is shown once; OpenIddict keeps a hash.
/// </summary>
public sealed record CreatePartnerClient(Guid OrganisationId, string? Name) : IRequest<PartnerClientCreated>;

public sealed record PartnerClientBody(string? Name);

public sealed record PartnerClientCreated(string ClientId, string ClientSecret, Guid Subject, string TokenEndpoint);

public sealed class CreatePartnerClientValidator : AbstractValidator<CreatePartnerClient>
{
    public CreatePartnerClientValidator() => RuleFor(c => c.Name).NotEmpty().MaximumLength(100);
}

public sealed class PartnerClients(AccountsDbContext db, IOpenIddictApplicationManager applications)
    : IRequestHandler<CreatePartnerClient, PartnerClientCreated>
{
    public const string OrganisationProperty = "org";
    public const string SubjectProperty = "sub";

    public async Task<PartnerClientCreated> Handle(CreatePartnerClient request, CancellationToken cancellationToken)
    {
        var organisation = await db
            .Organisations.AsNoTracking()
            .FirstOrDefaultAsync(o => o.Id == request.OrganisationId, cancellationToken)
            ?? throw new NotFoundException("Organisation", request.OrganisationId);
        if (!organisation.IsApproved)
        {
            throw new ConflictException("Only an approved organisation gets partner clients / 仅已审核机构可接入");
        }

        var clientId = "partner-" + Guid.NewGuid().ToString("N")[..16];
        var secret = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        var subject = Guid.CreateVersion7();
        var descriptor = new OpenIddictApplicationDescriptor
        {
            ClientId = clientId,
            ClientSecret = secret,
            ClientType = ClientTypes.Confidential,
            DisplayName = request.Name!.Trim(),
            Permissions = { Permissions.Endpoints.Token, Permissions.GrantTypes.ClientCredentials },
        };
        descriptor.Properties[OrganisationProperty] = JsonSerializer.SerializeToElement(organisation.Id.ToString());
        descriptor.Properties[SubjectProperty] = JsonSerializer.SerializeToElement(subject.ToString());
        await applications.CreateAsync(descriptor, cancellationToken);
        return new PartnerClientCreated(clientId, secret, subject, TokenServerRegistration.TokenPath);
    }
}
