using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace JjjMatch.Host.OpenApi;

/// <summary>The OpenAPI document's settings: Swashbuckle (docs/decisions/0013-openapi-document.md).</summary>
public static class ApiDocument
{
    public static void Configure(SwaggerGenOptions swagger)
    {
        swagger.SwaggerDoc(
            "v1",
            new OpenApiInfo
            {
                Title = "JjjMatch 京津冀科技成果对接平台 API",
                Version = "v1",
                Description =
                    "Achievements (科技成果), open lists (揭榜挂帅), suggested matches, broker review, deals "
                    + "and statistics. Reads are public; writes need a bearer token (Authorize). Calendar dates "
                    + "(signing dates, statistics' from/to) are Beijing dates yyyy-MM-dd; timestamps are UTC. Every "
                    + "error is an RFC 7807 problem; a 400 lists every bad field under errors and errorsZh.",
            }
        );
        var names = new SchemaNames();
        swagger.CustomSchemaIds(names.Of);
        swagger.OperationFilter<OperationDocs>();
        swagger.SchemaFilter<SchemaDocs>();
    }
}
