using System.Threading.RateLimiting;
using JjjMatch.Accounts.Domain;
using JjjMatch.Accounts.Features;
using JjjMatch.Accounts.Features.People;
using JjjMatch.Accounts.Mail;
using JjjMatch.Accounts.Persistence;
using JjjMatch.Accounts.Tokens;
using JjjMatch.BuildingBlocks.Mediation;
using JjjMatch.BuildingBlocks.Modules;
using JjjMatch.BuildingBlocks.Persistence;
using JjjMatch.BuildingBlocks.Settings;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace JjjMatch.Accounts;

/// <summary>
/// Organisations and their people: registration, the operator's review, sign-in, members, and the OpenID Connect
/// token server whose tokens every service accepts (docs/accounts.md).
/// </summary>
public sealed class AccountsModule : IServiceModule
{
    public string Name => "accounts";

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        var shape = HostShape.Of(configuration);
        var options = configuration.GetSettings<AccountsOptions>(AccountsOptions.Section);
        Check(options);
        services.AddSettings<AccountsOptions>(configuration, AccountsOptions.Section);
        services.AddServiceDatabase<AccountsDbContext>(configuration, "Accounts");
        services.AddMediationFrom(typeof(AccountsModule).Assembly);
        services
            .AddDataProtection()
            .SetApplicationName("jjjmatch-accounts")
            .PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(options.KeysDirectory, "data-protection")));
        services
            .AddIdentityCore<AccountUser>(identity =>
            {
                identity.User.RequireUniqueEmail = true;
                identity.Password.RequiredLength = PasswordRules.MinimumLength;
                identity.Password.RequireDigit = false;
                identity.Password.RequireLowercase = false;
                identity.Password.RequireUppercase = false;
                identity.Password.RequireNonAlphanumeric = false;
                identity.Password.RequiredUniqueChars = 4;
                identity.Lockout.AllowedForNewUsers = true;
                identity.Lockout.MaxFailedAccessAttempts = options.MaxFailedSignIns;
                identity.Lockout.DefaultLockoutTimeSpan = options.Lockout;
                identity.SignIn.RequireConfirmedEmail = true;
            })
            .AddEntityFrameworkStores<AccountsDbContext>()
            .AddDefaultTokenProviders();
        services.Configure<DataProtectionTokenProviderOptions>(o => o.TokenLifespan = options.LinkLifetime);
        var requireHttps = options.RequireHttps ?? !shape.IsEmbeddedDefault;
        services.AddPersonCookie(requireHttps);
        services.AddTokenServer(configuration, options, shape);
        services.AddSingleton<AccountLinks>();
        services.AddSingleton<ResetThrottle>();
        services.AddSingleton<AccountRateLimit>();
        AddMail(services, configuration, shape);
        AddSensitiveRateLimit(services, options);
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints) => endpoints.MapAccountsEndpoints();

    private static void Check(AccountsOptions options)
    {
        if (options.AccessTokenLifetime <= TimeSpan.Zero || options.AccessTokenLifetime > TimeSpan.FromDays(1))
        {
            throw new SettingException("Accounts:AccessTokenLifetime must be between 0 and 1 day.");
        }

        if (options.AccountPermitLimit > 0 && options.AccountWindow <= TimeSpan.Zero)
        {
            throw new SettingException("Accounts:AccountWindow must be positive.");
        }

        if (options.KeyRetention <= options.AccessTokenLifetime)
        {
            throw new SettingException(
                "Accounts:KeyRetention must be longer than Accounts:AccessTokenLifetime, or tokens signed by a "
                    + "replaced key would fail before they expire."
            );
        }

        if (
            options.KeyRotation <= TimeSpan.Zero
            || options.KeyRotationCheckInterval <= TimeSpan.Zero
            || options.LinkLifetime <= TimeSpan.Zero
        )
        {
            throw new SettingException(
                "Accounts:KeyRotation, Accounts:KeyRotationCheckInterval and Accounts:LinkLifetime must be positive."
            );
        }

        try
        {
            _ = options.ConsoleRedirects();
        }
        catch (UriFormatException)
        {
            throw new SettingException("Accounts:ConsoleRedirectUris must be absolute URLs, comma-separated.");
        }
    }

    private static void AddMail(IServiceCollection services, IConfiguration configuration, HostShape shape)
    {
        services.AddSettings<MailOptions>(configuration, MailOptions.Section);
        var mail = configuration.GetSettings<MailOptions>(MailOptions.Section);
        if (!string.IsNullOrWhiteSpace(mail.Host))
        {
            services.AddSingleton<IMailSender, SmtpMailSender>();
            return;
        }

        if (string.IsNullOrWhiteSpace(mail.Folder) && !shape.IsEmbeddedDefault)
        {
            throw new SettingException(
                "Mail:Host is required outside "
                    + HostShape.EmbeddedDefault
                    + " (the SMTP server that sends "
                    + "confirmation, reset and invitation mails), or Mail:Folder to write them to a folder."
            );
        }

        services.PostConfigure<MailOptions>(o => o.Folder ??= Path.Combine("data", "mail"));
        services.AddSingleton<IMailSender, FolderMailSender>();
        services.AddHostedService<MailFolderNotice>();
    }

    private static void AddSensitiveRateLimit(IServiceCollection services, AccountsOptions options) =>
        services.Configure<RateLimiterOptions>(limiter =>
            limiter.AddPolicy(AccountsEndpoints.SensitivePolicy, context =>
                options.SensitivePermitLimit <= 0
                    ? RateLimitPartition.GetNoLimiter("unlimited")
                    : RateLimitPartition.GetFixedWindowLimiter(
                        "address:" + context.Connection.RemoteIpAddress,
                        _ => new FixedWindowRateLimiterOptions
                        {
                            PermitLimit = options.SensitivePermitLimit,
                            Window = options.SensitiveWindow,
                            QueueLimit = 0,
                        }
                    )
            )
        );

    /// <summary>Says at start where the mails go, since nothing is sent.</summary>
    private sealed class MailFolderNotice(IOptions<MailOptions> mail, ILogger<MailFolderNotice> logger) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken)
        {
            logger.LogWarning(
                "Mail is not sent: confirmation, reset and invitation mails are written to {Folder} (set Mail:Host "
                    + "to send over SMTP)",
                Path.GetFullPath(mail.Value.Folder!)
            );
            return Task.CompletedTask;
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
