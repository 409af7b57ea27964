using Microsoft.IdentityModel.Tokens;

namespace JjjMatch.BuildingBlocks.Auth;

/// <summary>
/// The public keys and issuer of a token server hosted in this process (the accounts service): the services validate
/// its tokens with them offline, beside the operator's HS256 tokens.
/// </summary>
public interface IAccessTokenKeys
{
    string Issuer { get; }

    IReadOnlyList<SecurityKey> Keys { get; }
}
