using System.CommandLine;
using JjjMatch.BuildingBlocks.Auth;
using JjjMatch.Host.DemoData;

namespace JjjMatch.Host.Cli;

/// <summary>
/// <c>token --role enterprise</c>: prints a bearer token for that role's demo account, signed with the configured
/// <c>Auth:SigningKey</c> (the development key in the embedded default). With <c>--organisation</c> it speaks for
/// another
/// organisation: how an operator who holds the key issues tokens until accounts live in an identity provider.
/// </summary>
public static class TokenCommand
{
    public static Command Create(Option<string[]> settings)
    {
        var role = new Option<string>("--role")
        {
            Description = "university, enterprise, intermediary or operator",
            Required = true,
        };
        role.AcceptOnlyFromAmong([.. Roles.All]);
        var organisation = new Option<Guid?>("--organisation")
        {
            Description = "Organisation id to put in the token instead of the demo account's",
        };
        var command = new Command("token", "Print a bearer token for a demo account / 生成演示账户令牌")
        {
            role,
            organisation,
        };
        command.SetAction(result =>
        {
            var configuration = new ConfigurationBuilder()
                .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true)
                .AddEnvironmentVariables()
                .AddCommandLine([.. (result.GetValue(settings) ?? []).Select(s => "--" + s)])
                .Build();
            var options = configuration.GetSection(AuthOptions.Section).Get<AuthOptions>() ?? new AuthOptions();
            if (options.Problem(SecurityRegistration.IsEmbeddedDefault(configuration)) is { } problem)
            {
                Console.Error.WriteLine(problem);
                return 1;
            }

            var account = DemoAccounts.Find(result.GetValue(role))!;
            if (result.GetValue(organisation) is { } organisationId)
            {
                account = account with
                {
                    Name = "custom",
                    UserId = Guid.CreateVersion7(),
                    OrganisationId = organisationId,
                    OrganisationName = "",
                };
            }

            Console.WriteLine(new TokenIssuer(options, TimeProvider.System).Issue(account).AccessToken);
            return 0;
        });
        return command;
    }
}
