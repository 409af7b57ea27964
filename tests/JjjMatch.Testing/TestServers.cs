namespace JjjMatch.Testing;

/// <summary>The servers that tests/run-all.sh starts on loopback, found through its environment variables.</summary>
public static class TestServers
{
    public static string PostgreSql => Require("JJJMATCH_TEST_POSTGRES");

    public static string RabbitMq => Require("JJJMATCH_TEST_RABBITMQ");

    public static string RabbitMqCtl => Require("JJJMATCH_TEST_RABBITMQ_CTL");

    private static string Require(string variable) =>
        Environment.GetEnvironmentVariable(variable) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException(
                $"{variable} is not set. Run the tests with 'bash tests/run-all.sh', which starts PostgreSQL "
                    + "and RabbitMQ on loopback."
            );
}
