namespace JjjMatch.Deploy.Tests;

public class KubernetesTests
{
    private const string Folder = "deploy/k8s";

    private static readonly string[] Resources = YamlNode
        .LoadAll(RepoFiles.PathOf($"{Folder}/kustomization.yaml"))
        .Single()["resources"]
        .Items.Select(i => i.Text!)
        .ToArray();

    private static readonly List<YamlNode> Objects = Resources
        .SelectMany(r => YamlNode.LoadAll(RepoFiles.PathOf($"{Folder}/{r}")))
        .ToList();

    private static IEnumerable<YamlNode> OfKind(string kind) => Objects.Where(o => o["kind"].Text == kind);

    private static YamlNode Container(YamlNode deployment) =>
        deployment["spec"]["template"]["spec"]["containers"].Items.Single();

    private static YamlNode Named(string kind, string name) =>
        OfKind(kind).Single(o => o["metadata"]["name"].Text == name);

    [Fact]
    public void The_kustomization_lists_every_manifest_in_the_folder()
    {
        var files = Directory
            .EnumerateFiles(RepoFiles.PathOf(Folder), "*.yaml")
            .Select(Path.GetFileName)
            .Where(f => f != "kustomization.yaml");
        Resources.Order().ShouldBe(files.Order()!);
    }

    [Fact]
    public void There_is_one_deployment_and_one_service_per_application_service()
    {
        var deployments = OfKind("Deployment").ToList();
        deployments
            .Select(d => d["metadata"]["name"].Text)
            .Order()
            .ShouldBe(["accounts", "achievements", "demands", "matching", "notifications"]);
        foreach (var deployment in deployments)
        {
            var name = deployment["metadata"]["name"].Text!;
            Container(deployment)["env"].Items.Single(e => e["name"].Text == "Services")["value"].Text.ShouldBe(name);

            var podLabels = deployment["spec"]
                ["template"]["metadata"]["labels"]
                .Entries.ToDictionary(e => e.Key, e => e.Value.Text);
            deployment["spec"]["selector"]["matchLabels"].Entries.ShouldAllBe(l => podLabels[l.Key] == l.Value.Text);
            Named("Service", name)["spec"]["selector"].Entries.ShouldAllBe(l => podLabels[l.Key] == l.Value.Text);
        }
    }

    [Fact]
    public void Every_deployment_probes_live_and_ready_on_the_port_the_image_listens_on()
    {
        foreach (var container in OfKind("Deployment").Select(Container))
        {
            var ports = container["ports"].Items.ToDictionary(p => p["name"].Text!, p => p["containerPort"].Text);
            ports["http"]
                .ShouldBe(DockerfileTests.ListeningPort.ToString(System.Globalization.CultureInfo.InvariantCulture));

            container["livenessProbe"]["httpGet"]["path"].Text.ShouldBe("/health/live");
            container["readinessProbe"]["httpGet"]["path"].Text.ShouldBe("/health/ready");
            new[] { "livenessProbe", "readinessProbe", "startupProbe" }
                .Select(p => container[p]["httpGet"]["port"].Text)
                .ShouldAllBe(port => port == "http");
        }
    }

    [Fact]
    public void Every_config_map_and_secret_referenced_exists_with_the_keys_referenced()
    {
        foreach (var container in OfKind("Deployment").Select(Container))
        {
            foreach (var source in container["envFrom"].Items)
            {
                var (kind, reference) = source["configMapRef"].Exists
                    ? ("ConfigMap", source["configMapRef"])
                    : ("Secret", source["secretRef"]);
                OfKind(kind).ShouldContain(o => o["metadata"]["name"].Text == reference["name"].Text);
            }

            foreach (var reference in container["env"].Items.Select(e => e["valueFrom"]).Where(v => v.Exists))
            {
                var (kind, key) = reference["secretKeyRef"].Exists
                    ? ("Secret", reference["secretKeyRef"])
                    : ("ConfigMap", reference["configMapKeyRef"]);
                var data = Named(kind, key["name"].Text!)[kind == "Secret" ? "stringData" : "data"];
                data[key["key"].Text!].Exists.ShouldBeTrue($"{kind} {key["name"].Text} has no key {key["key"].Text}");
            }
        }
    }

    [Fact]
    public void Every_setting_given_to_the_services_is_one_the_application_reads()
    {
        var names = OfKind("ConfigMap")
            .SelectMany(c => c["data"].Entries.Select(e => e.Key))
            .Concat(OfKind("Secret").SelectMany(s => s["stringData"].Entries.Select(e => e.Key)))
            .Concat(OfKind("Deployment").SelectMany(d => Container(d)["env"].Items.Select(e => e["name"].Text!)));
        names
            .Select(KnownSettings.KeyOfEnvironmentVariable)
            .Where(key => !KnownSettings.IsKnown(key))
            .Distinct()
            .ShouldBeEmpty();
    }

    [Fact]
    public void Every_service_validates_tokens_with_the_secret_key_and_no_demo_token_desk()
    {
        foreach (var container in OfKind("Deployment").Select(Container))
        {
            var key = container["env"].Items.Single(e => e["name"].Text == "Auth__SigningKey")["valueFrom"][
                "secretKeyRef"
            ];
            key["name"].Text.ShouldBe("jjjmatch-secrets");
            key["key"].Text.ShouldBe("Auth__SigningKey");
        }

        Named("ConfigMap", "jjjmatch-settings")["data"]["Auth__DemoAccounts"].Text.ShouldBe("false");
    }

    [Fact]
    public void Every_pod_serves_metrics_and_tells_Prometheus_where()
    {
        Named("ConfigMap", "jjjmatch-settings")["data"]["Telemetry__Prometheus"].Text.ShouldBe("true");
        foreach (var deployment in OfKind("Deployment"))
        {
            var annotations = deployment["spec"]["template"]["metadata"]["annotations"];
            var port = Container(deployment)["ports"].Items.Single(p => p["name"].Text == "http")["containerPort"].Text;
            annotations["prometheus.io/scrape"].Text.ShouldBe("true");
            annotations["prometheus.io/port"].Text.ShouldBe(port);
            annotations["prometheus.io/path"].Text.ShouldBe("/metrics");
        }
    }

    [Fact]
    public void Replicated_matchers_share_an_external_search_index()
    {
        // The embedded index lives in one process: a replica would never see the events the other one consumed.
        Named("Deployment", "matching")["spec"]["replicas"].Text.ShouldBe("2");
        var settings = Named("ConfigMap", "jjjmatch-settings")["data"];
        settings["Search__Provider"].Text.ShouldBe("Elasticsearch");
        settings["Search__Elasticsearch__Url"].Text.ShouldStartWith("http");
    }

    [Fact]
    public void Requests_fit_a_two_core_node_and_every_container_is_limited()
    {
        var requestedMillicores = OfKind("Deployment")
            .Sum(d =>
            {
                var resources = Container(d)["resources"];
                resources["limits"]["cpu"].Exists.ShouldBeTrue();
                resources["limits"]["memory"].Exists.ShouldBeTrue();
                return int.Parse(d["spec"]["replicas"].Text!, System.Globalization.CultureInfo.InvariantCulture)
                    * Millicores(resources["requests"]["cpu"].Text!);
            });
        requestedMillicores.ShouldBeLessThanOrEqualTo(2000 - 500, "leave room for the node's own pods");
    }

    private static int Millicores(string cpu) =>
        cpu.EndsWith('m')
            ? int.Parse(cpu[..^1], System.Globalization.CultureInfo.InvariantCulture)
            : (int)(double.Parse(cpu, System.Globalization.CultureInfo.InvariantCulture) * 1000);

    [Fact]
    public void The_services_trust_the_accounts_issuer_and_the_token_server_keeps_its_keys_on_a_volume()
    {
        var authority = Named("ConfigMap", "jjjmatch-token-server")["data"]["Auth__Authority"].Text;
        authority.ShouldStartWith("https://");
        foreach (var deployment in OfKind("Deployment").Where(d => d["metadata"]["name"].Text != "accounts"))
        {
            Container(deployment)["envFrom"]
                .Items.ShouldContain(e => e["configMapRef"]["name"].Text == "jjjmatch-token-server");
        }

        var accounts = Named("Deployment", "accounts");
        var container = Container(accounts);
        var env = container["env"].Items.ToDictionary(e => e["name"].Text!);
        env["Accounts__Issuer"]["valueFrom"]["configMapKeyRef"]["key"].Text.ShouldBe("Auth__Authority");
        env["Mail__Host"]["value"].Text.ShouldNotBeNullOrEmpty();
        env["Mail__Password"]["valueFrom"]["secretKeyRef"]["key"].Text.ShouldBe("Mail__Password");
        var keys = env["Accounts__KeysDirectory"]["value"].Text;
        var mount = container["volumeMounts"].Items.Single();
        mount["mountPath"].Text.ShouldBe(keys);
        var volume = accounts["spec"]
            ["template"]["spec"]["volumes"]
            .Items.Single(v => v["name"].Text == mount["name"].Text);
        Named("PersistentVolumeClaim", volume["persistentVolumeClaim"]["claimName"].Text!).ShouldNotBeNull();
        accounts["spec"]["replicas"].Text.ShouldBe("1");
    }
}
