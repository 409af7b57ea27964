using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace JjjMatch.Accounts.Tokens;

/// <summary>
/// Rotates the signing keys while the service runs: every <see cref="AccountsOptions.KeyRotationCheckInterval"/> the
/// ring makes a new key when the newest is older than <see cref="AccountsOptions.KeyRotation"/>, deletes expired ones
/// and drops removed files; the token server and the validation in this process take the new set at once.
/// </summary>
internal sealed class KeyRotationWorker(
    SigningKeyRing ring,
    IOptions<AccountsOptions> settings,
    TimeProvider time,
    ILogger<KeyRotationWorker> logger
) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(settings.Value.KeyRotationCheckInterval, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            try
            {
                if (ring.Refresh(time.GetUtcNow().UtcDateTime))
                {
                    logger.LogInformation("Signing keys changed: {Count} published", ring.Keys.Count);
                }
            }
            catch (Exception error) when (error is IOException or UnauthorizedAccessException)
            {
                // The folder is unreadable for a moment (a volume remounting): keep the keys held, try again.
                logger.LogError(
                    error,
                    "Signing keys could not be refreshed from {Folder}",
                    settings.Value.KeysDirectory
                );
            }
        }
    }
}
