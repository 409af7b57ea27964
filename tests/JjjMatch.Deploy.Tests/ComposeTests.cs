namespace JjjMatch.Deploy.Tests;

public class ComposeTests
{
    private static readonly string[] AppServices = ["accounts", "achievements", "demands", "matching", "notifications"];

    private static readonly YamlNode Compose = YamlNode.LoadAll(RepoFiles.PathOf("deploy/compose.yaml")).Single();

    private static YamlNode Service(string name) => Compose["services"][name];

    private static Dictionary<string, string> Environment(string service)
    {
        var environment = Service(service)["environment"];
        return environment.Items.Any()
            ? environment
                .Items.Select(i => i.Text!.Split('=', 2))
                .ToDictionary(p => p[0], p => p.Length > 1 ? p[1] : "")
            : environment.Entries.ToDictionary(e => e.Key, e => e.Value.Text ?? "");
    }

    [Fact]
    public void Every_dependency_has_a_healthcheck_and_is_waited_for_until_healthy()
    {
        var dependencies = Compose["services"]
            .Entries.SelectMany(s =>
                s.Value["depends_on"]
                    .Entries.Select(d => (Service: s.Key, Dependency: d.Key, Condition: d.Value["condition"].Text))
            )
            .ToList();

        dependencies.ShouldNotBeEmpty();
        dependencies.ShouldAllBe(d => d.Condition == "service_healthy");
        dependencies.Select(d => d.Dependency).Distinct().ShouldAllBe(d => Service(d)["healthcheck"]["test"].Exists);
    }

    [Fact]
    public void The_five_services_are_one_image_that_differs_only_by_Services()
    {
        var built = Compose["services"].Entries.Where(s => s.Value["build"].Exists).Select(s => s.Key).Order().ToList();
        built.ShouldBe(AppServices);

        var image = Service("achievements")["image"].Text;
        image.ShouldNotBeNullOrEmpty();
        AppServices.ShouldAllBe(s => Service(s)["image"].Text == image);
        AppServices.ShouldAllBe(s => Service(s)["build"]["dockerfile"].Text == "deploy/Dockerfile");
        AppServices.ShouldAllBe(s => Service(s)["build"]["context"].Text == "..");
        AppServices.Select(s => Environment(s)["Services"]).ShouldBe(AppServices);
    }

    [Fact]
    public void Each_service_gets_only_its_own_database()
    {
        foreach (var service in AppServices)
        {
            var connectionStrings = Environment(service)
                .Keys.Where(k => k.StartsWith("ConnectionStrings__", StringComparison.Ordinal))
                .ToList();
            connectionStrings.ShouldBe(
                [$"ConnectionStrings__{char.ToUpperInvariant(service[0])}{service[1..]}"],
                service
            );
        }
    }

    [Fact]
    public void Every_setting_the_services_are_given_is_one_the_application_reads()
    {
        var unknown = AppServices
            .SelectMany(s => Environment(s).Keys.Select(KnownSettings.KeyOfEnvironmentVariable))
            .Where(key => !KnownSettings.IsKnown(key))
            .Distinct()
            .ToList();
        unknown.ShouldBeEmpty();
    }

    [Fact]
    public void The_production_adapters_are_chosen()
    {
        foreach (var service in AppServices)
        {
            var environment = Environment(service);
            environment["Database__Provider"].ShouldBe("PostgreSql");
            environment["Bus__Transport"].ShouldBe("RabbitMq");
            environment["Bus__RabbitMqUri"].ShouldStartWith("amqp://");
            environment["Bus__RabbitMqUri"].ShouldContain("@rabbitmq:5672");
            environment["DemoData__Enabled"].ShouldBe("false");
            environment["Auth__DemoAccounts"].ShouldBe("false");
            environment["Telemetry__Prometheus"].ShouldBe("true");
            System.Text.Encoding.UTF8.GetByteCount(environment["Auth__SigningKey"]).ShouldBeGreaterThanOrEqualTo(32);
        }

        AppServices
            .Select(s => Environment(s)["Auth__SigningKey"])
            .Distinct()
            .Count()
            .ShouldBe(1, "every service validates with the same key");

        // The token server's issuer is the address the other containers reach it at; they trust it through it.
        var issuer = Environment("accounts")["Accounts__Issuer"];
        issuer.ShouldBe($"http://accounts:{DockerfileTests.ListeningPort}/");
        Environment("accounts").ShouldNotContainKey("Auth__Authority");
        AppServices.Where(s => s != "accounts").ShouldAllBe(s => Environment(s)["Auth__Authority"] == issuer);
        Environment("matching")["Search__Provider"].ShouldBe("Elasticsearch");
        Environment("matching")["Search__Elasticsearch__Url"].ShouldBe("http://elasticsearch:9200/");
        Service("matching")["depends_on"]["elasticsearch"].Exists.ShouldBeTrue();
    }

    [Fact]
    public void Every_database_a_connection_string_names_is_created_for_its_user_by_the_init_script()
    {
        var script = RepoFiles.Read("deploy/postgres-init.sql");
        Service("postgres")["volumes"]
            .Items.ShouldContain(v =>
                v.Text!.StartsWith("./postgres-init.sql:/docker-entrypoint-initdb.d/", StringComparison.Ordinal)
            );

        foreach (var service in AppServices)
        {
            var parts = Environment(service)
                .Single(e => e.Key.StartsWith("ConnectionStrings__", StringComparison.Ordinal))
                .Value.Split(';')
                .Select(p => p.Split('=', 2))
                .ToDictionary(p => p[0], p => p[1]);
            parts["Host"].ShouldBe("postgres");
            script.ShouldContain($"CREATE ROLE {parts["Username"]} LOGIN PASSWORD '{parts["Password"]}';");
            script.ShouldContain($"CREATE DATABASE {parts["Database"]} OWNER {parts["Username"]};");
        }
    }

    [Fact]
    public void The_sqlserver_profile_puts_each_service_on_its_own_sql_server_database()
    {
        var overlay = YamlNode.LoadAll(RepoFiles.PathOf("deploy/compose.sqlserver.yaml")).Single()["services"];
        var script = RepoFiles.Read("deploy/sqlserver-init.sql");
        var server = Service("sqlserver");
        server["profiles"].Items.Select(p => p.Text).ShouldBe(["sqlserver"]);
        server["image"].Text.ShouldBe("mcr.microsoft.com/mssql/server:2022-latest");
        server["healthcheck"]["test"].Exists.ShouldBeTrue();
        var collation = server["environment"]["MSSQL_COLLATION"].Text;
        collation.ShouldBe(JjjMatch.BuildingBlocks.Persistence.ServiceDbContext.SqlServerCollation);
        Service("sqlserver-init")["profiles"].Items.Select(p => p.Text).ShouldBe(["sqlserver"]);
        Service("sqlserver-init")["volumes"]
            .Items.ShouldContain(v => v.Text!.StartsWith("./sqlserver-init.sql:", StringComparison.Ordinal));

        overlay.Entries.Select(e => e.Key).Order().ShouldBe(AppServices);
        foreach (var service in AppServices)
        {
            var environment = overlay[service]["environment"];
            environment["Database__Provider"].Text.ShouldBe("SqlServer");
            overlay[service]
                ["depends_on"]["sqlserver-init"]["condition"]
                .Text.ShouldBe("service_completed_successfully");
            var key = $"ConnectionStrings__{char.ToUpperInvariant(service[0])}{service[1..]}";
            environment.Entries.Select(e => e.Key).ShouldBe(["Database__Provider", key], ignoreOrder: true);
            var parts = environment[key]
                .Text!.Split(';')
                .Select(p => p.Split('=', 2))
                .ToDictionary(p => p[0], p => p[1]);
            parts["Server"].ShouldBe("sqlserver,1433");
            parts["Database"].ShouldBe($"jjjmatch_{service}");
            parts["User Id"].ShouldBe($"jjjmatch_{service}");
            script.ShouldContain($"CREATE DATABASE {parts["Database"]} COLLATE {collation};");
            script.ShouldContain(
                $"CREATE LOGIN {parts["User Id"]} WITH PASSWORD = N'{parts["Password"]}', "
                    + $"DEFAULT_DATABASE = {parts["Database"]};"
            );
            script.ShouldContain($"USE {parts["Database"]};\nIF USER_ID(N'{parts["User Id"]}') IS NULL");
        }
    }

    [Fact]
    public void Each_service_publishes_its_own_host_port_onto_the_port_the_image_listens_on()
    {
        var ports = AppServices.Select(s => Service(s)["ports"].Items.Single().Text!.Split(':')).ToList();
        ports.Select(p => p[0]).Distinct().Count().ShouldBe(AppServices.Length);
        ports.ShouldAllBe(p =>
            p[1] == DockerfileTests.ListeningPort.ToString(System.Globalization.CultureInfo.InvariantCulture)
        );
    }

    [Fact]
    public void The_token_server_keeps_its_keys_and_mail_in_a_volume_and_starts_without_an_SMTP_server()
    {
        var environment = Environment("accounts");
        // The production shape refuses to start without Mail__Host or an explicit Mail__Folder (docs/accounts.md).
        (environment.ContainsKey("Mail__Host") || environment.ContainsKey("Mail__Folder")).ShouldBeTrue();
        environment["Accounts__KeysDirectory"].ShouldBe("data/keys");
        environment["Accounts__RequireHttps"].ShouldBe("false");
        Service("accounts")["volumes"].Items.Select(v => v.Text).ShouldBe(["accounts-data:/app/data"]);
        Compose["volumes"].Entries.Select(e => e.Key).ShouldContain("accounts-data");
    }
}
