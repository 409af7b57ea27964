using System.CommandLine;
using System.CommandLine.Parsing;
using JjjMatch.BuildingBlocks.Auth;
using JjjMatch.BuildingBlocks.Settings;
using JjjMatch.BuildingBlocks.Validation;
using JjjMatch.Contracts.Shared;
using JjjMatch.Contracts.Taxonomy;
using JjjMatch.Host.DemoData;

namespace JjjMatch.Host.Cli;

/// <summary>
/// <c>token --role enterprise</c>: prints a bearer token signed with the configured <c>Auth:SigningKey</c> (the
/// development key in the embedded default). Without <c>--organisation</c> it is the role's demo account, which
/// exists only in the embedded default; with it, another organisation: how an operator who holds the key issues
/// tokens until accounts live in an identity provider. A broker's token names the provinces and industries it
/// reviews (<c>--regions</c>, <c>--industries</c>).
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
            Description =
                "Organisation id to put in the token instead of the demo account's (required outside the "
                + "embedded default)",
        };
        var organisationName = new Option<string?>("--organisation-name")
        {
            Description = "The organisation's name, for the token's name claim (with --organisation)",
        };
        var regions = new Option<string?>("--regions")
        {
            Description =
                "Intermediary only: the provinces it reviews, comma-separated (beijing, tianjin, hebei, other)",
            HelpName = "PROVINCES",
        };
        var industries = new Option<string?>("--industries")
        {
            Description = "Intermediary only: the industry codes it reviews, comma-separated (e.g. 钢铁,新材料)",
            HelpName = "CODES",
        };
        regions.Validators.Add(result =>
            Check(result, IsProvince, v => $"'{v}' is not a province; use {string.Join(", ", Provinces())}.")
        );
        industries.Validators.Add(result =>
            Check(result, Industries.IsKnown, v =>
                $"'{v}' is not an industry code (GET /api/taxonomy/industries lists them)."
            )
        );

        var command = new Command("token", "Print a bearer token / 生成访问令牌")
        {
            role,
            organisation,
            organisationName,
            regions,
            industries,
        };
        command.Validators.Add(result =>
        {
            // The role's tokens, not its value: reading a value that failed to parse throws.
            var isBroker = result.GetResult(role)?.Tokens.Any(t => t.Value == Roles.Intermediary) == true;
            var coverage = result.GetResult(regions) is not null || result.GetResult(industries) is not null;
            if (coverage && !isBroker)
            {
                result.AddError("--regions and --industries are for --role intermediary only.");
            }
            else if (
                isBroker
                && result.GetResult(organisation) is not null
                && (result.GetResult(regions) is null || result.GetResult(industries) is null)
            )
            {
                result.AddError(
                    "--regions and --industries are required for a broker of another organisation (--organisation): "
                        + "a token covers only what it names."
                );
            }

            if (result.GetResult(organisationName) is not null && result.GetResult(organisation) is null)
            {
                result.AddError("--organisation-name needs --organisation.");
            }
        });
        command.SetAction(result =>
        {
            var configuration = new ConfigurationBuilder()
                .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true)
                .AddEnvironmentVariables()
                .AddCommandLine([.. (result.GetValue(settings) ?? []).Select(s => "--" + s)])
                .Build();
            var shape = HostShape.Of(configuration);
            var options = AuthOptions.Load(configuration, shape);
            var account = DemoAccounts.Find(result.GetValue(role))!;
            if (result.GetValue(organisation) is { } organisationId)
            {
                account = account with
                {
                    Name = "custom",
                    UserId = Guid.CreateVersion7(),
                    OrganisationId = organisationId,
                    OrganisationName = result.GetValue(organisationName)?.Trim() ?? "",
                };
            }
            else if (!shape.IsEmbeddedDefault)
            {
                Console.Error.WriteLine(
                    "error: --organisation is required here: the demo accounts exist only on "
                        + $"{HostShape.EmbeddedDefault}."
                );
                return 1;
            }

            if (result.GetResult(regions) is not null)
            {
                account = account with { Regions = [.. List(result.GetResult(regions)!).Select(ProvinceName)] };
            }

            if (result.GetResult(industries) is not null)
            {
                account = account with { Industries = List(result.GetResult(industries)!) };
            }

            Console.WriteLine(new TokenIssuer(options, TimeProvider.System).Issue(account).AccessToken);
            return 0;
        });
        return command;
    }

    private static List<string> List(OptionResult result) =>
        [
            .. (result.GetValueOrDefault<string?>() ?? "")
                .Split([',', '，'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Distinct(StringComparer.Ordinal),
        ];

    private static void Check(OptionResult result, Func<string, bool> isKnown, Func<string, string> unknown)
    {
        var option = result.Option.Name;
        var values = List(result);
        if (values.Count == 0)
        {
            result.AddError($"{option}: name at least one.");
        }

        foreach (var value in values.Where(v => !isKnown(v)))
        {
            result.AddError($"{option}: {unknown(value)}");
        }
    }

    private static bool IsProvince(string name) => EnumRules.Parse<Province>(name) is not null;

    private static string ProvinceName(string name) =>
        EnumRules.Parse<Province>(name)!.Value.ToString().ToLowerInvariant();

    private static IEnumerable<string> Provinces() => Enum.GetNames<Province>().Select(n => n.ToLowerInvariant());
}
