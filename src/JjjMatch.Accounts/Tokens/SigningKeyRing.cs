using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using JjjMatch.BuildingBlocks.Auth;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Server;

namespace JjjMatch.Accounts.Tokens;

/// <summary>
/// The token server's signing keys: self-signed RSA certificates in <see cref="AccountsOptions.KeysDirectory"/>, each
/// valid from its creation until rotation plus retention. <see cref="Refresh"/> (at start-up, then by
/// <see cref="KeyRotationWorker"/> while the service runs) makes a new one when the newest is older than the rotation
/// period, deletes expired ones and drops keys whose file was removed; every key still valid is published at the JWKS
/// endpoint and the one expiring last signs (OpenIddict prefers the certificate with the furthest expiry). A change
/// fires this ring's change token, which rebuilds OpenIddict's options with the new set; the services in this process
/// read <see cref="Keys"/> at each validation, so they validate offline without calling the JWKS endpoint.
/// </summary>
public sealed class SigningKeyRing : IAccessTokenKeys, IOptionsChangeTokenSource<OpenIddictServerOptions>, IDisposable
{
    private const string Extension = ".pfx";

    private readonly Lock gate = new();
    private readonly AccountsOptions options;
    private readonly DirectoryInfo directory;
    private readonly ILogger logger;
    private readonly Dictionary<string, X509Certificate2> byFile = new(StringComparer.Ordinal);
    private Snapshot current = new([], []);
    private CancellationTokenSource changed = new();

    private SigningKeyRing(AccountsOptions options, string issuer, ILogger logger)
    {
        this.options = options;
        this.logger = logger;
        Issuer = issuer;
        directory = Directory.CreateDirectory(options.KeysDirectory);
        if (!OperatingSystem.IsWindows())
        {
            directory.UnixFileMode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
        }

        EncryptionKey = new SymmetricSecurityKey(EncryptionKeyBytes(directory.FullName));
    }

    public string Issuer { get; }

    /// <summary>Expiring last first: the first one signs.</summary>
    public IReadOnlyList<X509Certificate2> Certificates => current.Certificates;

    public IReadOnlyList<SecurityKey> Keys => current.Keys;

    /// <summary>Encrypts authorization codes and refresh tokens (never leaves the token server).</summary>
    public SymmetricSecurityKey EncryptionKey { get; }

    string IOptionsChangeTokenSource<OpenIddictServerOptions>.Name => Options.DefaultName;

    public static SigningKeyRing Load(AccountsOptions options, string issuer, DateTime now, ILogger logger)
    {
        var ring = new SigningKeyRing(options, issuer, logger);
        ring.Refresh(now);
        return ring;
    }

    public void Dispose() => changed.Dispose();

    public IChangeToken GetChangeToken() => new CancellationChangeToken(Volatile.Read(ref changed).Token);

    /// <summary>Reads the folder, rotates and removes as due; true when the set of keys changed.</summary>
    public bool Refresh(DateTime now)
    {
        CancellationTokenSource fired;
        lock (gate)
        {
            var changes = ReadFolder(now);
            changes |= RotateIfDue(now);
            if (!changes)
            {
                return false;
            }

            var certificates = byFile.Values.OrderByDescending(c => c.NotAfter).ToList();
            current = new Snapshot(
                certificates,
                certificates.Select(c => (SecurityKey)new X509SecurityKey(c)).ToList()
            );
            fired = Interlocked.Exchange(ref changed, new CancellationTokenSource());
        }

        fired.Cancel();
        fired.Dispose();
        return true;
    }

    /// <summary>
    /// Loads keys that appeared (another replica, a restore), forgets removed files, deletes expired ones.
    /// </summary>
    private bool ReadFolder(DateTime now)
    {
        var changes = false;
        var files = directory.GetFiles("signing-*" + Extension).ToDictionary(f => f.FullName, StringComparer.Ordinal);
        foreach (var gone in byFile.Keys.Where(f => !files.ContainsKey(f)).ToList())
        {
            byFile.Remove(gone);
            logger.LogWarning("Signing key {File} was removed from the folder; its tokens are refused", gone);
            changes = true;
        }

        foreach (var (path, file) in files)
        {
            if (!byFile.TryGetValue(path, out var certificate))
            {
                certificate = X509CertificateLoader.LoadPkcs12FromFile(path, null);
                byFile[path] = certificate;
                changes = true;
            }

            if (certificate.NotAfter.ToUniversalTime() <= now)
            {
                byFile.Remove(path);
                file.Delete();
                logger.LogInformation("Signing key {File} expired and was removed", file.Name);
                changes = true;
            }
        }

        return changes;
    }

    private bool RotateIfDue(DateTime now)
    {
        var certificates = byFile.Values.ToList();
        var newest = certificates.MaxBy(c => c.NotBefore);
        // NotBefore is a minute before creation (below).
        if (newest is not null && newest.NotBefore.ToUniversalTime().AddMinutes(1) + options.KeyRotation > now)
        {
            return false;
        }

        // OpenIddict signs with the certificate that expires last, so a new key always outlives the ones before it
        // (even when the rotation period was shortened since they were made).
        var lastExpiry = certificates.Select(c => c.NotAfter.ToUniversalTime()).DefaultIfEmpty(now).Max();
        var lifetime = options.KeyRotation + options.KeyRetention;
        var created = Create(now, now + lifetime > lastExpiry ? lifetime : lastExpiry - now + TimeSpan.FromMinutes(1));
        var path = Path.Combine(
            directory.FullName,
            $"signing-{now:yyyyMMddHHmmssfff}-{created.Thumbprint[..8]}{Extension}"
        );
        WriteSecret(path, created.Export(X509ContentType.Pkcs12));
        byFile[path] = created;
        logger.LogInformation(
            "Signing key {Thumbprint} created in {Directory}",
            created.Thumbprint,
            directory.FullName
        );
        return true;
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

    private sealed record Snapshot(IReadOnlyList<X509Certificate2> Certificates, IReadOnlyList<SecurityKey> Keys);
}
