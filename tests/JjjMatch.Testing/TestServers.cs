namespace JjjMatch.Testing;

/// <summary>The servers that tests/run-all.sh starts on loopback, found through its environment variables.</summary>
public static class TestServers
{
    public static string PostgreSql => Require("JJJMATCH_TEST_POSTGRES");

    public static string RabbitMq => Require("JJJMATCH_TEST_RABBITMQ");

    public static string RabbitMqCtl => Require("JJJMATCH_TEST_RABBITMQ_CTL");

    /// <summary>
    /// host:port of the loopback SMTP server (exim) that delivers every recipient to <see cref="Maildir"/>.
    /// </summary>
    public static string Smtp => Require("JJJMATCH_TEST_SMTP");

    public static string Maildir => Require("JJJMATCH_TEST_MAILDIR");

    private static string Require(string variable) =>
        Environment.GetEnvironmentVariable(variable) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException(
                $"{variable} is not set. Run the tests with 'bash tests/run-all.sh', which starts PostgreSQL, "
                    + "RabbitMQ and SMTP on loopback."
            );
}
