using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using JjjMatch.BuildingBlocks.Auth;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.Tokens;

namespace JjjMatch.Accounts.Tokens;

/// <summary>
/// The token server's signing keys: self-signed RSA certificates in <see cref="AccountsOptions.KeysDirectory"/>, each
/// valid from its creation until rotation plus retention. At start-up a new one is made when the newest is older than
/// the rotation period, and expired ones are deleted; every key still valid is published at the JWKS endpoint and the
/// one expiring last signs (OpenIddict prefers the certificate with the furthest expiry). The services in this process
/// read the same ring, so they validate offline without calling the JWKS endpoint.
/// </summary>
public sealed class SigningKeyRing : IAccessTokenKeys
{
    private const string Extension = ".pfx";

    private SigningKeyRing(string issuer, IReadOnlyList<X509Certificate2> certificates, SymmetricSecurityKey encryption)
    {
        Issuer = issuer;
        Certificates = certificates;
        EncryptionKey = encryption;
        Keys = certificates.Select(c => (SecurityKey)new X509SecurityKey(c)).ToList();
    }

    public string Issuer { get; }

    /// <summary>Newest first.</summary>
    public IReadOnlyList<X509Certificate2> Certificates { get; }

    public IReadOnlyList<SecurityKey> Keys { get; }

    /// <summary>Encrypts authorization codes and refresh tokens (never leaves the token server).</summary>
    public SymmetricSecurityKey EncryptionKey { get; }

    public static SigningKeyRing Load(AccountsOptions options, string issuer, DateTime now, ILogger logger)
    {
        var directory = Directory.CreateDirectory(options.KeysDirectory);
        if (!OperatingSystem.IsWindows())
        {
            directory.UnixFileMode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
        }

        var certificates = new List<X509Certificate2>();
        foreach (var file in directory.GetFiles("signing-*" + Extension))
        {
            var certificate = X509CertificateLoader.LoadPkcs12FromFile(file.FullName, null);
            if (certificate.NotAfter.ToUniversalTime() <= now)
            {
                certificate.Dispose();
                file.Delete();
                logger.LogInformation("Signing key {File} expired and was removed", file.Name);
                continue;
            }

            certificates.Add(certificate);
        }

        var newest = certificates.MaxBy(c => c.NotBefore);
        if (newest is null || newest.NotBefore.ToUniversalTime() + options.KeyRotation <= now)
        {
            // OpenIddict signs with the certificate that expires last, so a new key always outlives the ones before it
            // (even when the rotation period was shortened since they were made).
            var lastExpiry = certificates.Select(c => c.NotAfter.ToUniversalTime()).DefaultIfEmpty(now).Max();
            var lifetime = options.KeyRotation + options.KeyRetention;
            var created = Create(
                now,
                now + lifetime > lastExpiry ? lifetime : lastExpiry - now + TimeSpan.FromMinutes(1)
            );
            var path = Path.Combine(
                directory.FullName,
                $"signing-{now:yyyyMMddHHmmss}-{created.Thumbprint[..8]}{Extension}"
            );
            WriteSecret(path, created.Export(X509ContentType.Pkcs12));
            certificates.Add(created);
            logger.LogInformation(
                "Signing key {Thumbprint} created in {Directory}",
                created.Thumbprint,
                directory.FullName
            );
        }

        return new SigningKeyRing(
            issuer,
            certificates.OrderByDescending(c => c.NotAfter).ToList(),
            new SymmetricSecurityKey(EncryptionKeyBytes(directory.FullName))
        );
    }

    private static X509Certificate2 Create(DateTime now, TimeSpan lifetime)
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest(
            "CN=JjjMatch token signing",
            rsa,
            HashAlgorithmName.SHA256,
            RSASignaturePadding.Pkcs1
        );
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature, true));
        // A minute back, so a token signed at once is not "before" its key on a server whose clock is a little behind.
        using var certificate = request.CreateSelfSigned(now.AddMinutes(-1), now + lifetime);
        return X509CertificateLoader.LoadPkcs12(certificate.Export(X509ContentType.Pkcs12), null);
    }

    private static byte[] EncryptionKeyBytes(string directory)
    {
        var path = Path.Combine(directory, "encryption.key");
        if (!File.Exists(path))
        {
            WriteSecret(path, RandomNumberGenerator.GetBytes(32));
        }

        return File.ReadAllBytes(path);
    }

    private static void WriteSecret(string path, byte[] bytes)
    {
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        using var stream = new FileStream(path, options);
        stream.Write(bytes);
    }
}
