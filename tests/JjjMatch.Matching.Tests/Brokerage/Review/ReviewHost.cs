using JjjMatch.Testing;
using Microsoft.AspNetCore.Hosting;

namespace JjjMatch.Matching.Tests.Brokerage.Review;

/// <summary>
/// All three services in one host; each listing keeps more suggestions than the default, since many tests share one
/// market.
/// </summary>
public class ReviewHost(DatabaseTarget target) : JjjMatchFactory(target)
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Matching:TopK", "50");
    }
}

public sealed class SqliteReviewHost() : ReviewHost(DatabaseTarget.Sqlite);

public sealed class PostgreSqlReviewHost() : ReviewHost(DatabaseTarget.PostgreSql);
